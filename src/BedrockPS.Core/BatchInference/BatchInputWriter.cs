using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using BedrockPS.Core.Models;
using BedrockPS.Core.Serialization;
using BedrockPS.Core.Transport;

namespace BedrockPS.Core.BatchInference
{
    /// <summary>
    /// Writes rows as batch input JSONL (one {"recordId","modelInput"} line per row) and a row manifest per job, one
    /// row at a time, starting a new file or job when the next line would pass a quota. Without a folder it only
    /// plans: it counts what would be written and writes nothing (-WhatIf).
    /// </summary>
    public sealed class BatchInputWriter : IDisposable
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(false);
        private readonly string? folder;
        private readonly BatchQuotas quotas;
        private readonly List<BatchPlannedJob> jobs = new List<BatchPlannedJob>();
        private readonly List<BatchPlannedFile> currentFiles = new List<BatchPlannedFile>();
        private Stream? file;
        private Stream? manifest;
        private string? filePath;
        private string? manifestPath;
        private string? currentFileName;
        private readonly byte[] scratch = new byte[256];
        // One buffer and one JSON writer for every row's model input: a run of many rows allocates neither per row.
        private readonly MemoryStream modelInput = new MemoryStream();
        private Utf8JsonWriter? modelInputWriter;
        private long fileRecords;
        private long fileBytes;
        private long jobRecords;
        private long jobBytes;
        private long rows;
        private long estimatedTokens;

        /// <param name="folder">Where to write; null plans without writing.</param>
        /// <param name="quotas">Limits that decide where a new file or job starts.</param>
        /// <exception cref="ArgumentNullException"><paramref name="quotas"/> is null.</exception>
        public BatchInputWriter(string? folder, BatchQuotas quotas)
        {
            this.folder = folder;
            this.quotas = quotas ?? throw new ArgumentNullException(nameof(quotas));
            if (folder != null)
            {
                Directory.CreateDirectory(folder);
            }
        }

        /// <summary>Rows added so far.</summary>
        public long Rows => rows;

        /// <summary>Written as the first line of each row manifest (the run's schema), when set.</summary>
        public BatchSchemaHeader? Schema { get; set; }

        /// <summary>Appends one row as the next record (its id from <see cref="BatchRecordIds.ForRow"/>), opening a new file or job first when the line would pass a quota.</summary>
        /// <param name="row">The row.</param>
        /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
        public void Add(BatchRow row)
        {
            if (row == null)
            {
                throw new ArgumentNullException(nameof(row));
            }
            string recordId = BatchRecordIds.ForRow(rows);
            int modelInputLength = WriteModelInput(row.Request);
            int lineBytes = modelInputLength + recordId.Length + 30; // {"recordId":"…","modelInput":…}\n
            if (jobRecords > 0 && (jobRecords >= quotas.MaximumRecordsPerJob || jobBytes + lineBytes > quotas.MaximumBytesPerJob))
            {
                CloseJob();
            }
            else if (fileRecords > 0 && (fileRecords >= quotas.MaximumRecordsPerFile || fileBytes + lineBytes > quotas.MaximumBytesPerFile))
            {
                CloseFile();
            }
            if (folder != null)
            {
                OpenIfNeeded();
                // Written in pieces, without building each line as a string: Start's allocations per row set the
                // GC's high-water mark on long runs.
                WriteAscii(file!, "{\"recordId\":\"");
                WriteAscii(file!, recordId);
                WriteAscii(file!, "\",\"modelInput\":");
                file!.Write(modelInput.GetBuffer(), 0, modelInputLength);
                WriteAscii(file!, "}\n");
                WriteAscii(manifest!, "{\"recordId\":\"");
                WriteAscii(manifest!, recordId);
                WriteAscii(manifest!, "\",\"index\":");
                WriteAscii(manifest!, rows.ToString(System.Globalization.CultureInfo.InvariantCulture));
                WriteAscii(manifest!, ",\"file\":\"");
                WriteAscii(manifest!, currentFileName ??= FileName(currentFiles.Count + 1));
                WriteAscii(manifest!, "\",\"input\":");
                manifest!.Write(row.RowJsonUtf8, 0, row.RowJsonUtf8.Length);
                WriteAscii(manifest!, "}\n");
            }
            fileRecords++;
            fileBytes += lineBytes;
            jobRecords++;
            jobBytes += lineBytes;
            rows++;
            estimatedTokens += (modelInputLength + 3) / 4;
        }

        private int WriteModelInput(ConverseRequest request)
        {
            modelInput.SetLength(0);
            if (modelInputWriter == null)
            {
                modelInputWriter = ConverseBodyWriter.CreateWriter(modelInput);
            }
            else
            {
                modelInputWriter.Reset(modelInput);
            }
            ConverseBodyWriter.WriteTo(modelInputWriter, request, streaming: false);
            modelInputWriter.Flush();
            return checked((int)modelInput.Length);
        }

        /// <summary>Closes the last file and job and returns the plan.</summary>
        public BatchPlan Complete()
        {
            if (jobRecords > 0)
            {
                CloseJob();
            }
            return new BatchPlan(jobs.ToArray(), estimatedTokens);
        }

        /// <summary>Closes the open file and manifest. Call <see cref="Complete"/> first: disposing alone leaves the last job out of any plan.</summary>
        public void Dispose()
        {
            file?.Dispose();
            manifest?.Dispose();
            modelInputWriter?.Dispose();
            modelInput.Dispose();
        }

        internal static string FileName(int number) => "input-" + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".jsonl";

        private void OpenIfNeeded()
        {
            int jobNumber = jobs.Count + 1;
            if (manifest == null)
            {
                manifestPath = Path.Combine(folder!, "job-" + jobNumber.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".rows.manifest");
                manifest = new FileStream(manifestPath, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
                if (Schema != null)
                {
                    Write(manifest, Schema.ToJsonLine() + "\n");
                }
            }
            if (file == null)
            {
                filePath = Path.Combine(folder!, "job-" + jobNumber.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "-" + FileName(currentFiles.Count + 1));
                file = new FileStream(filePath, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
            }
        }

        private void CloseFile()
        {
            file?.Dispose();
            file = null;
            long actual = filePath != null ? new FileInfo(filePath).Length : fileBytes;
            currentFiles.Add(new BatchPlannedFile(FileName(currentFiles.Count + 1), filePath, fileRecords, actual));
            currentFileName = null;
            filePath = null;
            fileRecords = 0;
            fileBytes = 0;
        }

        private void CloseJob()
        {
            CloseFile();
            manifest?.Dispose();
            manifest = null;
            jobs.Add(new BatchPlannedJob(jobs.Count + 1, currentFiles.ToArray(), manifestPath));
            currentFiles.Clear();
            manifestPath = null;
            jobRecords = 0;
            jobBytes = 0;
        }

        /// <summary>Writes ASCII text (ids, numbers, JSON punctuation) through one reused buffer.</summary>
        private void WriteAscii(Stream stream, string text)
        {
            if (text.Length > scratch.Length)
            {
                Write(stream, text);
                return;
            }
            for (int i = 0; i < text.Length; i++)
            {
                scratch[i] = (byte)text[i];
            }
            stream.Write(scratch, 0, text.Length);
        }

        private static void Write(Stream stream, string text)
        {
            byte[] bytes = Utf8.GetBytes(text);
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
