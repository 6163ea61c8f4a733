# Dot-sourced by Formatting.Tests.ps1 at discovery (test cases) and at run time.

function Get-OutputType {
    <#
    .SYNOPSIS
        The public output types of the loaded BedrockPS module: the BedrockPS-namespace types of the cmdlet
        assembly and whatever a cmdlet declares with [OutputType] from BedrockPS. Collections are left out:
        PowerShell enumerates them, so their items' views are the ones that show.
    #>
    $assembly = (Get-Command Invoke-BedrockConverse).ImplementingType.Assembly
    $declared = Get-Command -Module BedrockPS | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ }
    @($assembly.GetExportedTypes() | Where-Object Namespace -eq 'BedrockPS') + @($declared) |
        Where-Object { $_.FullName -like 'BedrockPS.*' -and -not $_.IsEnum -and -not [Collections.IEnumerable].IsAssignableFrom($_) } |
        Sort-Object FullName -Unique
}
