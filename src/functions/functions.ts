/**
 * Adds two numbers (temporary; replaced by the OFFERRUNWAY functions).
 * @customfunction
 * @param a first
 * @param b second
 */
export function add(a: number, b: number): number {
  return a + b;
}
