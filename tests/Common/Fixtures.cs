using System;
using System.IO;

namespace BedrockPS.Testing
{
    /// <summary>
    /// Paths into tests/fixtures, the reference data kept in the repository (vectors, service models, recorded
    /// exchanges). Found from the test binaries up to the repository root, so a clone needs nothing beside it.
    /// </summary>
    internal static class Fixtures
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        /// <summary>A file or folder under tests/fixtures.</summary>
        public static string Path(params string[] parts) => System.IO.Path.Combine(Root.Value, System.IO.Path.Combine(parts));

        // The repository root is the first folder above the test binaries that holds BedrockPS.sln.
        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "BedrockPS.sln")))
                {
                    var fixtures = System.IO.Path.Combine(directory.FullName, "tests", "fixtures");
                    if (!Directory.Exists(fixtures))
                    {
                        throw new DirectoryNotFoundException("The repository at " + directory.FullName + " has no tests/fixtures folder.");
                    }
                    return fixtures;
                }
            }
            throw new DirectoryNotFoundException("No folder holding BedrockPS.sln was found above " + AppContext.BaseDirectory);
        }
    }
}
