// How much a prompt may hold, in one place: the files as read, and the content as it will be sent
// (YAML aliases and vars can make the second far larger than the first).
import { FileError } from '../errors.js';

/** The files' bytes, all together. */
export const MAX_PROMPT_BYTES = 32 * 1024 * 1024;
/** The UTF-8 bytes of every message content, after YAML aliases and vars are expanded. */
export const MAX_CONTENT_BYTES = 32 * 1024 * 1024;

/** `file` is where the content crossed the limit; its format and `vars` say which expansions could be why. */
export function contentTooLarge(file: string, vars: boolean): FileError {
  const causes = { yaml: /\.ya?ml$/i.test(file), vars };
  const why = [causes.yaml && 'YAML aliases (*name)', causes.vars && 'vars'].filter(Boolean).join(' and ');
  return new FileError(
    file,
    `brings the content to send over ${MAX_CONTENT_BYTES / 1048576} MiB${why ? ` once ${why} are expanded` : ''}`,
    why
      ? `Expand less: ${[causes.yaml && 'repeat fewer aliases', causes.vars && 'use shorter vars values or fewer placeholders'].filter(Boolean).join(', ')}, or cache fewer files`
      : 'Cache fewer or smaller files'
  );
}
