import * as fs from 'fs';
import * as path from 'path';

/** Why a file was not read. None of them quotes what the file holds. */
export type Refusal =
  /** A FIFO, a device, a socket or a folder: reading could block or never end. */
  | { readonly reason: 'notRegular' }
  /** A symbolic link (or a path through one) that leads out of the workspace. */
  | { readonly reason: 'outside' }
  /** More bytes than `maxBytes`. */
  | { readonly reason: 'tooLarge'; readonly maxBytes: number }
  /** The system refused (permissions, a loop of links …): its error code. */
  | { readonly reason: 'unreadable'; readonly code: string };

export type FileRead = { readonly bytes: Buffer } | { readonly refused: Refusal } | { readonly missing: true };

export interface ReadLimits {
  /** Files larger than this are refused without reading them whole. */
  readonly maxBytes: number;
  /**
   * The workspace the file lies in, if it lies in one: then its real path, after every symbolic link, must lie
   * inside the real path of this folder too. A file the caller names outside every workspace is read as named.
   */
  readonly root?: string;
}

const READ_FLAGS =
  fs.constants.O_RDONLY |
  // A FIFO that was swapped in after the check must not block the open.
  (fs.constants.O_NONBLOCK ?? 0) |
  // The last component of the real path is no link; if it became one since, refuse rather than follow it.
  (fs.constants.O_NOFOLLOW ?? 0);

/**
 * Reads a regular file and nothing else, at most `maxBytes`: never a FIFO, device or folder, never through a
 * link out of `root`. The checks are made again on the open file, so a file swapped after the first look is
 * still refused, and the read stops at `maxBytes + 1` whatever the file system says the size is (a file in
 * /proc says 0). Never throws.
 */
export function readRegularFile(file: string, limits: ReadLimits): FileRead {
  let real: string;
  try {
    real = fs.realpathSync(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      // A link to nowhere is missing as its target is; anything else that cannot be resolved is refused.
      return { missing: true };
    }
    return { refused: { reason: 'unreadable', code } };
  }
  if (limits.root !== undefined && !isInside(realRoot(limits.root), real)) return { refused: { reason: 'outside' } };
  let fd: number;
  try {
    fd = fs.openSync(real, READ_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { missing: true };
    // O_NOFOLLOW on a link gives ELOOP; a folder on some systems EISDIR.
    if (code === 'EISDIR') return { refused: { reason: 'notRegular' } };
    return { refused: { reason: 'unreadable', code } };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { refused: { reason: 'notRegular' } };
    if (stat.size > limits.maxBytes) return { refused: { reason: 'tooLarge', maxBytes: limits.maxBytes } };
    const buffer = Buffer.alloc(Math.min(limits.maxBytes + 1, Math.max(stat.size, 0) + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limits.maxBytes) return { refused: { reason: 'tooLarge', maxBytes: limits.maxBytes } };
        // The file grew since fstat: read on, in steps, up to the limit.
        return readOn(fd, buffer, limits.maxBytes);
      }
      const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return { bytes: buffer.subarray(0, length) };
      length += read;
    }
  } catch (error) {
    return { refused: { reason: 'unreadable', code: errorCode(error) } };
  } finally {
    fs.closeSync(fd);
  }
}

function readOn(fd: number, start: Buffer, maxBytes: number): FileRead {
  const parts = [start];
  let total = start.length;
  for (;;) {
    const part = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - total));
    const read = fs.readSync(fd, part, 0, part.length, null);
    if (read === 0) return { bytes: Buffer.concat(parts, total) };
    parts.push(part.subarray(0, read));
    total += read;
    if (total > maxBytes) return { refused: { reason: 'tooLarge', maxBytes } };
  }
}

/** Whether `file` is `folder` or lies below it (both absolute, compared as they are written). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'EIO';
}
