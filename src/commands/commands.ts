// The ribbon's FunctionFile. Offer Runway's only ribbon button opens the task pane
// (a ShowTaskpane action, no code), so this page just tells Office it is ready.
Office.onReady(() => undefined);
