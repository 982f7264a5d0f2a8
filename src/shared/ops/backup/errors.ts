/** A failure the backup and restore commands report as one Vietnamese line (no stack trace). */
export class BackupError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** The archive is damaged, truncated, tampered with or not ours: nothing was touched. */
export const corrupted = (detail: string): BackupError =>
  new BackupError(`Tệp sao lưu bị hỏng hoặc không đầy đủ (${detail}). Chưa có dữ liệu nào bị thay đổi.`, 3)
