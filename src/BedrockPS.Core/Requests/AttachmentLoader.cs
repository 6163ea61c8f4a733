using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using BedrockPS.Core.Models;

namespace BedrockPS.Core.Requests
{
    /// <summary>
    /// Reads -Image and -Document files into content blocks, refusing before anything is sent what Bedrock
    /// would reject: unknown formats, files over the size limits, images whose bytes don't match their
    /// extension, too many files.
    /// </summary>
    public static class AttachmentLoader
    {
        /// <summary>Bedrock's per-image limit, 3.75 MB.</summary>
        public const long MaxImageBytes = 3932160;

        /// <summary>Bedrock's per-document limit, 4.5 MB.</summary>
        public const long MaxDocumentBytes = 4718592;

        /// <summary>Most images accepted in one message.</summary>
        public const int MaxImages = 20;

        /// <summary>Most documents accepted in one message.</summary>
        public const int MaxDocuments = 5;

        private static readonly Dictionary<string, string> ImageFormats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".png"] = "png", [".jpg"] = "jpeg", [".jpeg"] = "jpeg", [".gif"] = "gif", [".webp"] = "webp",
        };

        private static readonly Dictionary<string, string> DocumentFormats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".pdf"] = "pdf", [".csv"] = "csv", [".doc"] = "doc", [".docx"] = "docx", [".xls"] = "xls",
            [".xlsx"] = "xlsx", [".html"] = "html", [".htm"] = "html", [".txt"] = "txt", [".md"] = "md",
            [".markdown"] = "md",
        };

        /// <summary>Reads image files into image blocks, in order.</summary>
        /// <param name="paths">Full paths; the extension gives the format (png, jpg/jpeg, gif, webp).</param>
        /// <exception cref="InvalidRequestException">Too many files, a missing (<see cref="InvalidRequestException.FileNotFoundId"/>), empty or oversized file, an unknown extension, or content that does not match it.</exception>
        public static IReadOnlyList<ContentBlock> LoadImages(IReadOnlyList<string> paths)
        {
            if (paths.Count > MaxImages)
                throw InvalidRequestException.InvalidInput("Bedrock accepts at most " + MaxImages + " images per message; " + paths.Count + " were given.", "Image");
            var blocks = new List<ContentBlock>(paths.Count);
            foreach (string path in paths)
            {
                string format = FormatOf(path, ImageFormats, "Image", "png, jpeg, gif or webp");
                byte[] bytes = ReadLimited(path, MaxImageBytes, "Image", "3.75 MB");
                if (!LooksLike(format, bytes))
                {
                    throw InvalidRequestException.InvalidInput(
                        "The file '" + path + "' is not a readable " + format + " image (its content does not match the extension).", "Image");
                }
                blocks.Add(ContentBlock.FromImage(format, bytes));
            }
            return blocks;
        }

        /// <summary>Reads document files into document blocks, in order, each named after its file (made valid and unique).</summary>
        /// <param name="paths">Full paths; the extension gives the format (pdf, csv, doc, docx, xls, xlsx, html/htm, txt, md/markdown).</param>
        /// <exception cref="InvalidRequestException">Too many files, a missing (<see cref="InvalidRequestException.FileNotFoundId"/>), empty or oversized file, or an unknown extension.</exception>
        public static IReadOnlyList<ContentBlock> LoadDocuments(IReadOnlyList<string> paths)
        {
            if (paths.Count > MaxDocuments)
                throw InvalidRequestException.InvalidInput("Bedrock accepts at most " + MaxDocuments + " documents per message; " + paths.Count + " were given.", "Document");
            var blocks = new List<ContentBlock>(paths.Count);
            var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string path in paths)
            {
                string format = FormatOf(path, DocumentFormats, "Document", "pdf, csv, doc, docx, xls, xlsx, html, txt or md");
                byte[] bytes = ReadLimited(path, MaxDocumentBytes, "Document", "4.5 MB");
                string name = SanitizeDocumentName(Path.GetFileNameWithoutExtension(path));
                string unique = name;
                for (int n = 2; !usedNames.Add(unique); n++)
                {
                    unique = name + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                }
                blocks.Add(ContentBlock.FromDocument(format, unique, bytes));
            }
            return blocks;
        }

        /// <summary>
        /// Bedrock allows only letters, digits, single spaces, hyphens, parentheses and square brackets in a
        /// document name (at most 200 characters); anything else becomes a hyphen.
        /// </summary>
        public static string SanitizeDocumentName(string name)
        {
            var builder = new StringBuilder(name.Length);
            bool lastWasSpace = false;
            foreach (char c in name)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }
                lastWasSpace = false;
                bool allowed = (c < 128 && char.IsLetterOrDigit(c)) || c == '-' || c == '(' || c == ')' || c == '[' || c == ']';
                builder.Append(allowed ? c : '-');
            }
            string result = builder.ToString().Trim();
            if (result.Length > 200) result = result.Substring(0, 200).TrimEnd();
            return result.Length == 0 ? "document" : result;
        }

        private static string FormatOf(string path, Dictionary<string, string> formats, string parameter, string allowed)
        {
            string extension = Path.GetExtension(path);
            if (!formats.TryGetValue(extension, out string? format))
            {
                throw InvalidRequestException.InvalidInput(
                    "The file '" + path + "' has the extension '" + extension + "'; -" + parameter + " takes " + allowed + " files.", parameter);
            }
            return format;
        }

        private static byte[] ReadLimited(string path, long limit, string parameter, string limitText)
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw InvalidRequestException.FileNotFound(path, parameter);
            if (info.Length > limit)
            {
                throw InvalidRequestException.InvalidInput(
                    "The file '" + path + "' is " + (info.Length / 1048576.0).ToString("0.##", CultureInfo.InvariantCulture) +
                    " MB; Bedrock accepts at most " + limitText + " per " + parameter.ToLowerInvariant() + ".", parameter);
            }
            if (info.Length == 0) throw InvalidRequestException.InvalidInput("The file '" + path + "' is empty.", parameter);
            return File.ReadAllBytes(path);
        }

        private static bool LooksLike(string format, byte[] bytes)
        {
            switch (format)
            {
                case "png":
                    return StartsWith(bytes, 0, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
                case "jpeg":
                    return StartsWith(bytes, 0, 0xFF, 0xD8, 0xFF);
                case "gif":
                    return StartsWith(bytes, 0, 0x47, 0x49, 0x46, 0x38);
                case "webp":
                    return StartsWith(bytes, 0, 0x52, 0x49, 0x46, 0x46) && StartsWith(bytes, 8, 0x57, 0x45, 0x42, 0x50);
                default:
                    return true;
            }
        }

        private static bool StartsWith(byte[] bytes, int offset, params byte[] signature)
        {
            if (bytes.Length < offset + signature.Length) return false;
            for (int i = 0; i < signature.Length; i++)
            {
                if (bytes[offset + i] != signature[i]) return false;
            }
            return true;
        }
    }
}
