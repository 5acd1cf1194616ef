/**
 * Accumulates the joint count table (label × base prediction × head prediction) row by row, with a shared class
 * dictionary that grows as new values appear. Capacity doubles (8, 16, 32, …) so the per-row cost is one array
 * increment; the table is compacted to k³ at the end.
 */
import type { JointCounts } from './joint-counts.js';

export const DEFAULT_MAX_CLASSES = 100;

export class JointTableBuilder {
  private readonly dictionary = new Map<string, number>();
  private readonly names: string[] = [];
  private cap = 8;
  private cells = new Float64Array(8 * 8 * 8);
  n = 0;

  constructor(readonly maxClasses = DEFAULT_MAX_CLASSES) {}

  /** Index of a class value, or -1 when adding it would exceed maxClasses. */
  classIndex(value: string): number {
    const found = this.dictionary.get(value);
    if (found !== undefined) return found;
    if (this.names.length >= this.maxClasses) return -1;
    const idx = this.names.length;
    this.dictionary.set(value, idx);
    this.names.push(value);
    if (idx >= this.cap) this.grow();
    return idx;
  }

  className(index: number): string {
    return this.names[index] ?? '';
  }

  get classCount(): number {
    return this.names.length;
  }

  private grow(): void {
    const old = this.cap;
    const cap = old * 2;
    const next = new Float64Array(cap * cap * cap);
    for (let l = 0; l < old; l++) {
      for (let b = 0; b < old; b++) {
        for (let h = 0; h < old; h++) next[(l * cap + b) * cap + h] = this.cells[(l * old + b) * old + h]!;
      }
    }
    this.cap = cap;
    this.cells = next;
  }

  add(label: number, basePrediction: number, headPrediction: number): void {
    this.cells[(label * this.cap + basePrediction) * this.cap + headPrediction]!++;
    this.n++;
  }

  build(): JointCounts {
    const k = this.names.length;
    const cap = this.cap;
    const counts = new Float64Array(k * k * k);
    for (let l = 0; l < k; l++) {
      for (let b = 0; b < k; b++) {
        for (let h = 0; h < k; h++) counts[(l * k + b) * k + h] = this.cells[(l * cap + b) * cap + h]!;
      }
    }
    return { labels: [...this.names], counts, n: this.n };
  }
}
