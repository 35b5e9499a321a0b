export interface Stamped {
  path: string;
  mtimeMs: number | undefined;
}

export function expectedOutputs(sources: string[]): string[];
export function staleReason(sources: Stamped[], outputs: Stamped[]): string | undefined;
