using System;
using System.Runtime.InteropServices;
using BedrockPS.Loading;
using Xunit;

namespace BedrockPS.Tests.Loading
{
    public class PrecompiledCodeTests
    {
        [Theory]
        [InlineData("linux", Architecture.X64, "10.0.12", "net10.0-linux-x64")]
        [InlineData("linux", Architecture.Arm64, "11.0.0", "net10.0-linux-arm64")]
        [InlineData("win", Architecture.X64, "10.0.0", "net10.0-win-x64")]
        [InlineData("osx", Architecture.Arm64, "10.0.1", "net10.0-osx-arm64")]
        public void Names_the_folder_the_build_writes_for_a_matching_runtime(string os, Architecture cpu, string runtime, string expected)
        {
            Assert.Equal(expected, PrecompiledCode.FolderNameFor(os, cpu, Version.Parse(runtime)));
        }

        [Theory]
        [InlineData("linux", Architecture.X64, "8.0.11")] // PowerShell 7.4: the images target a newer runtime
        [InlineData("win", Architecture.X64, "4.0.30319")] // Windows PowerShell 5.1 never asks, but must not get one
        [InlineData("linux", Architecture.X86, "10.0.0")] // no image is made for 32-bit
        [InlineData(null, Architecture.X64, "10.0.0")] // an operating system the build does not know
        public void Names_no_folder_where_precompiled_code_cannot_apply(string? os, Architecture cpu, string runtime)
        {
            Assert.Null(PrecompiledCode.FolderNameFor(os, cpu, Version.Parse(runtime)));
        }

        [Fact]
        public void Names_a_folder_for_the_process_running_the_tests()
        {
            // The tests run on .NET 10 on x64 or arm64: the loader must find the folder the build lays out here.
            string? name = PrecompiledCode.FolderNameForCurrentProcess();
            Assert.NotNull(name);
            Assert.StartsWith("net10.0-", name, StringComparison.Ordinal);
        }
    }
}
