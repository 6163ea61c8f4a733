function ConvertTo-AboutHelp {
    <#
    .SYNOPSIS
        Turns docs/en-US/about_*.md into the plain-text about_*.help.txt that Get-Help shows.
    .DESCRIPTION
        "# about_Topic" becomes the TOPIC block, each "## Heading" an upper-case heading, prose is indented by four
        spaces and fenced code by eight; inline markdown is unwrapped. Lines are kept as written (wrap the markdown
        at 80 columns).
    #>
    param([Parameter(Mandatory)] [string] $MarkdownFile)

    $output = [System.Text.StringBuilder]::new()
    $inFence = $false
    foreach ($line in (Get-Content -LiteralPath $MarkdownFile -Encoding utf8 | Skip-FrontMatter)) {
        if ($line -match '^\s*```') { $inFence = -not $inFence; continue }
        if ($inFence) { $null = $output.AppendLine(('        ' + $line).TrimEnd()); continue }
        if ($line -match '^#\s+(.+)$') {
            $null = $output.AppendLine('TOPIC').AppendLine('    ' + $Matches[1].Trim())
            continue
        }
        if ($line -match '^#{2,}\s+(.+)$') {
            $null = $output.AppendLine($Matches[1].Trim().ToUpperInvariant())
            continue
        }
        if ($line -match '^\s*$') { $null = $output.AppendLine(); continue }
        $null = $output.AppendLine('    ' + (Format-InlineMarkdown -Text $line.TrimEnd()))
    }
    return $output.ToString()
}
