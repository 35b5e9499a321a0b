/**
 * The one error the LLM extractor throws: the request failed for good, or the
 * model's answer could not be read. The message names the model, and the
 * HTTP status when there was one; callers fall back to the rules' output.
 */
export class LlmError extends Error {
  override name = 'LlmError';

  constructor(
    message: string,
    readonly model: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
