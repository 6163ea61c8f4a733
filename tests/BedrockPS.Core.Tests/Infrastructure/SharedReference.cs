using System;
using System.IO;

namespace BedrockPS.Core.Tests.Infrastructure
{
    /// <summary>Finds the read-only reference folder (../shared/reference from the repository root).</summary>
    public static class SharedReference
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root.Value, System.IO.Path.Combine(parts));

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "BedrockPS.sln")))
                {
                    var reference = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory.FullName, "..", "shared", "reference"));
                    if (Directory.Exists(reference))
                    {
                        return reference;
                    }
                }
                directory = directory.Parent;
            }
            throw new DirectoryNotFoundException("../shared/reference was not found above " + AppContext.BaseDirectory);
        }
    }
}
