using System;
using System.IO;
using BedrockPS.Core;
using BedrockPS.Core.Requests;
using BedrockPS.Core.Models;
using BedrockPS.Infrastructure;
using Xunit;

namespace BedrockPS.Tests.Attachments
{
    public sealed class AttachmentLoaderTests : IDisposable
    {
        private static readonly byte[] PngHeader = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "bedrockps-attach-" + Guid.NewGuid().ToString("N"));

        public AttachmentLoaderTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string File(string name, byte[] bytes)
        {
            string path = Path.Combine(_folder, name);
            System.IO.File.WriteAllBytes(path, bytes);
            return path;
        }

        [Theory]
        [InlineData("photo.PNG", "png")]
        [InlineData("photo.jpg", "jpeg")]
        [InlineData("photo.jpeg", "jpeg")]
        public void Image_format_comes_from_the_extension(string name, string format)
        {
            byte[] bytes = format == "png" ? PngHeader : new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1 };

            ContentBlock block = Assert.Single(AttachmentLoader.LoadImages(new[] { File(name, bytes) }));

            Assert.Equal(format, block.Image!.Format);
            Assert.Equal(bytes, block.Image.Source!.Bytes);
        }

        [Fact]
        public void An_image_over_3_75_MB_is_refused()
        {
            var bytes = new byte[AttachmentLoader.MaxImageBytes + 1];
            PngHeader.CopyTo(bytes, 0);

            var error = Assert.Throws<InvalidRequestException>(() => AttachmentLoader.LoadImages(new[] { File("big.png", bytes) }));

            Assert.Contains("3.75 MB", error.Message);
        }

        [Fact]
        public void An_image_exactly_at_the_limit_is_accepted()
        {
            var bytes = new byte[AttachmentLoader.MaxImageBytes];
            PngHeader.CopyTo(bytes, 0);

            Assert.Single(AttachmentLoader.LoadImages(new[] { File("edge.png", bytes) }));
        }

        [Fact]
        public void A_document_over_4_5_MB_and_an_unknown_format_are_refused()
        {
            string big = File("big.pdf", new byte[AttachmentLoader.MaxDocumentBytes + 1]);
            string odd = File("data.json", new byte[] { (byte)'{' });

            Assert.Contains("4.5 MB", Assert.Throws<InvalidRequestException>(() => AttachmentLoader.LoadDocuments(new[] { big })).Message);
            Assert.Contains(".json", Assert.Throws<InvalidRequestException>(() => AttachmentLoader.LoadDocuments(new[] { odd })).Message);
        }

        [Fact]
        public void Bytes_that_do_not_match_the_image_extension_are_refused()
        {
            Assert.Throws<InvalidRequestException>(() => AttachmentLoader.LoadImages(new[] { File("fake.gif", new byte[] { 1, 2, 3, 4 }) }));
        }

        [Fact]
        public void Too_many_documents_are_refused()
        {
            var paths = new string[AttachmentLoader.MaxDocuments + 1];
            for (int i = 0; i < paths.Length; i++) paths[i] = File("doc" + i + ".txt", new byte[] { 65 });

            Assert.Throws<InvalidRequestException>(() => AttachmentLoader.LoadDocuments(paths));
        }

        [Theory]
        [InlineData("report_v1.2 final", "report-v1-2 final")]
        [InlineData("  spaced    out  ", "spaced out")]
        [InlineData("Q3 (draft) [v2]", "Q3 (draft) [v2]")]
        [InlineData("résumé", "r-sum-")]
        [InlineData("...", "---")]
        [InlineData("", "document")]
        public void Document_names_are_sanitized_to_the_allowed_characters(string name, string expected)
        {
            Assert.Equal(expected, AttachmentLoader.SanitizeDocumentName(name));
        }

        [Fact]
        public void Documents_with_the_same_name_get_distinct_names()
        {
            string first = File("notes.txt", new byte[] { 65 });
            Directory.CreateDirectory(Path.Combine(_folder, "sub"));
            string second = File(Path.Combine("sub", "notes.md"), new byte[] { 66 });

            var blocks = AttachmentLoader.LoadDocuments(new[] { first, second });

            Assert.Equal("notes", blocks[0].Document!.Name);
            Assert.Equal("notes (2)", blocks[1].Document!.Name);
            Assert.Equal("md", blocks[1].Document!.Format);
        }
    }
}
