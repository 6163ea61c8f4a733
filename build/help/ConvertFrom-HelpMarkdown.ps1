function ConvertFrom-HelpMarkdown {
    <#
    .SYNOPSIS
        Reads one platyPS-style cmdlet help file (docs/en-US/<Verb-Noun>.md) into a plain object.
    .DESCRIPTION
        The format is described in docs/en-US/README.md. Headings inside fenced code blocks are text, not
        structure. Throws with the file name and the problem when a required part is missing.
    #>
    param([Parameter(Mandatory)] [string] $Path)

    $fileName = Split-Path -Leaf $Path
    $lines = @(Get-Content -LiteralPath $Path -Encoding utf8 | Skip-FrontMatter)
    $sections = Split-MarkdownSections -Lines $lines -Level 2

    $title = @($lines | Where-Object { $_ -match '^#\s+(\S.*)$' } | Select-Object -First 1)
    if (-not $title) { throw "${fileName}: the first heading '# Verb-Noun' is missing." }
    $name = ($title[0] -replace '^#\s+', '').Trim()
    if ($name -notmatch '^[A-Za-z]+-[A-Za-z0-9]+$') { throw "${fileName}: '$name' is not a Verb-Noun command name." }

    $synopsis = ConvertTo-HelpParagraph -Lines $sections['SYNOPSIS']
    if (-not $synopsis) { throw "${fileName}: ## SYNOPSIS is missing or empty." }

    $examples = foreach ($example in (Split-MarkdownSections -Lines $sections['EXAMPLES'] -Level 3 -Ordered)) {
        $code = [System.Collections.Generic.List[string]]::new()
        $remarks = [System.Collections.Generic.List[string]]::new()
        $inFence = $false
        $seenCode = $false
        foreach ($line in $example.Lines) {
            if ($line -match '^\s*```') {
                $inFence = -not $inFence
                if (-not $inFence) { $seenCode = $true }
                continue
            }
            if ($inFence -and -not $seenCode) { $code.Add($line) } else { $remarks.Add($line) }
        }
        [pscustomobject]@{
            Title   = $example.Title
            Code    = ($code -join "`n").Trim()
            Remarks = ConvertTo-HelpParagraph -Lines $remarks
        }
    }

    $parameters = foreach ($parameter in (Split-MarkdownSections -Lines $sections['PARAMETERS'] -Level 3 -Ordered)) {
        if ($parameter.Title -notmatch '^-(\S+)$') { continue }   # "### CommonParameters" and the like
        ConvertFrom-ParameterSection -Name $Matches[1] -Lines $parameter.Lines -FileName $fileName
    }

    $syntaxSets = foreach ($set in (Split-MarkdownSections -Lines $sections['SYNTAX'] -Level 3 -Ordered)) {
        [pscustomobject]@{
            Name           = ($set.Title -replace '\s*\(Default\)\s*$', '').Trim()
            ParameterOrder = @(Get-SyntaxParameterOrder -Lines $set.Lines)
        }
    }
    if (-not $syntaxSets -and $sections['SYNTAX']) {
        $syntaxSets = [pscustomobject]@{ Name = '__AllParameterSets'; ParameterOrder = @(Get-SyntaxParameterOrder -Lines $sections['SYNTAX']) }
    }

    [pscustomobject]@{
        Name         = $name
        Synopsis     = $synopsis
        Description  = ConvertTo-HelpParagraph -Lines $sections['DESCRIPTION']
        SyntaxSets   = @($syntaxSets)
        Parameters   = @($parameters)
        Examples     = @($examples)
        Inputs       = @(ConvertFrom-TypeSection -Lines $sections['INPUTS'])
        Outputs      = @(ConvertFrom-TypeSection -Lines $sections['OUTPUTS'])
        Notes        = ConvertTo-HelpParagraph -Lines $sections['NOTES']
        RelatedLinks = @(ConvertFrom-LinkSection -Lines $sections['RELATED LINKS'])
    }
}

function Skip-FrontMatter {
    <# Drops a leading "---" YAML block (platyPS writes one) from a stream of lines. #>
    begin { $state = 'start' }
    process {
        $line = $_
        if ($state -eq 'start') {
            if ($line -match '^---\s*$') { $state = 'front' }
            elseif ($line -match '\S') { $state = 'body'; $line }
        }
        elseif ($state -eq 'front') {
            if ($line -match '^---\s*$') { $state = 'body' }
        }
        else { $line }
    }
}

function Split-MarkdownSections {
    <#
    .SYNOPSIS
        Splits lines at headings of one level. Returns a hashtable by upper-cased title, or with -Ordered a list of
        { Title, Lines } in document order.
    #>
    param(
        [AllowNull()] [string[]] $Lines,
        [Parameter(Mandatory)] [int] $Level,
        [switch] $Ordered
    )

    $pattern = '^' + ('#' * $Level) + '\s+(.+?)\s*$'
    $found = [System.Collections.Generic.List[object]]::new()
    $current = $null
    $inFence = $false
    foreach ($line in @($Lines)) {
        if ($line -match '^\s*```') { $inFence = -not $inFence }
        if (-not $inFence -and $line -match $pattern) {
            $current = [pscustomobject]@{ Title = $Matches[1]; Lines = [System.Collections.Generic.List[string]]::new() }
            $found.Add($current)
            continue
        }
        if (-not $inFence -and $line -match '^#{1,' + $Level + '}\s') { $current = $null; continue }
        if ($current) { $current.Lines.Add($line) }
    }

    if ($Ordered) { return , $found.ToArray() }
    $byTitle = @{}
    foreach ($section in $found) { $byTitle[$section.Title.ToUpperInvariant()] = [string[]] $section.Lines }
    return $byTitle
}

function ConvertTo-HelpParagraph {
    <#
    .SYNOPSIS
        Turns markdown prose into help paragraphs: blank lines separate paragraphs, wrapped lines are joined,
        fenced code is kept verbatim as its own paragraph, and inline markup (`code`, **bold**, links) is unwrapped.
    #>
    param([AllowNull()] [string[]] $Lines)

    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $buffer = [System.Collections.Generic.List[string]]::new()
    $code = $null
    $flush = {
        if ($buffer.Count) { $paragraphs.Add((Format-InlineMarkdown -Text (($buffer | ForEach-Object Trim) -join ' '))) }
        $buffer.Clear()
    }
    foreach ($line in @($Lines)) {
        if ($line -match '^\s*```') {
            if ($null -eq $code) { & $flush; $code = [System.Collections.Generic.List[string]]::new() }
            else { $paragraphs.Add(($code -join "`n")); $code = $null }
            continue
        }
        if ($null -ne $code) { $code.Add($line); continue }
        if ($line -match '^\s*$') { & $flush; continue }
        # A list item starts a new paragraph so the list stays readable in plain-text help.
        if ($line -match '^\s*([-*]|\d+\.)\s+') { & $flush }
        $buffer.Add($line)
    }
    & $flush
    return , $paragraphs.ToArray()
}

function Format-InlineMarkdown {
    param([string] $Text)

    $plain = [regex]::Replace($Text, '\[([^\]]+)\]\(([^)]*)\)', '$1')
    $plain = $plain -replace '\*\*([^*]+)\*\*', '$1' -replace '(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])', '$1'
    return ($plain -replace '`([^`]+)`', '$1')
}

function ConvertFrom-ParameterSection {
    param([string] $Name, [string[]] $Lines, [string] $FileName)

    $text = [System.Collections.Generic.List[string]]::new()
    $yaml = [ordered]@{}
    $inYaml = $false
    foreach ($line in $Lines) {
        if ($line -match '^\s*```\s*ya?ml\s*$') { $inYaml = $true; continue }
        if ($inYaml -and $line -match '^\s*```') { $inYaml = $false; continue }
        if ($inYaml) {
            if ($line -match '^\s*([^:]+?)\s*:\s*(.*?)\s*$') { $yaml[$Matches[1]] = $Matches[2] }
            continue
        }
        $text.Add($line)
    }
    if (-not $yaml.Contains('Type')) { throw "${FileName}: parameter -$Name has no yaml block with a 'Type:' line." }

    $aliases = if ($yaml['Aliases'] -and $yaml['Aliases'] -ne 'None') { $yaml['Aliases'] } else { $null }
    $sets = if ($yaml['Parameter Sets']) { @($yaml['Parameter Sets'] -split ',\s*' | ForEach-Object Trim) } else { @('(All)') }
    [pscustomobject]@{
        Name              = $Name
        Description       = ConvertTo-HelpParagraph -Lines $text
        Type              = $yaml['Type']
        ParameterSets     = $sets
        Aliases           = $aliases
        Required          = ($yaml['Required'] -eq 'True')
        Position          = if ($yaml['Position'] -and $yaml['Position'] -ne 'Named') { $yaml['Position'] } else { 'named' }
        DefaultValue      = if ($yaml['Default value']) { $yaml['Default value'] } else { 'None' }
        PipelineInput     = if ($yaml['Accept pipeline input']) { $yaml['Accept pipeline input'] } else { 'False' }
        Globbing          = ($yaml['Accept wildcard characters'] -eq 'True')
    }
}

function Get-SyntaxParameterOrder {
    <# The parameter names in the order the syntax line of a parameter set shows them. #>
    param([string[]] $Lines)

    $code = ($Lines | Where-Object { $_ -notmatch '^\s*```' }) -join ' '
    foreach ($match in [regex]::Matches($code, '(?<=[\[\s])-([A-Za-z][A-Za-z0-9]*)')) { $match.Groups[1].Value }
}

function ConvertFrom-TypeSection {
    <# INPUTS and OUTPUTS: "### Type.Name" headings followed by a description. #>
    param([AllowNull()] [string[]] $Lines)

    foreach ($entry in (Split-MarkdownSections -Lines $Lines -Level 3 -Ordered)) {
        [pscustomobject]@{ Name = $entry.Title; Description = ConvertTo-HelpParagraph -Lines $entry.Lines }
    }
}

function ConvertFrom-LinkSection {
    <# RELATED LINKS: markdown links "[text](uri)" or bare text, one a line. #>
    param([AllowNull()] [string[]] $Lines)

    foreach ($line in @($Lines)) {
        if ($line -match '^\s*[-*]?\s*\[([^\]]+)\]\(([^)]*)\)') {
            $text, $target = $Matches[1], $Matches[2]
            $uri = if ($target -match '^https?://') { $target } else { '' }
            [pscustomobject]@{ Text = $text; Uri = $uri }
        }
        elseif ($line -match '\S') {
            [pscustomobject]@{ Text = $line.Trim(' ', '-', '*'); Uri = '' }
        }
    }
}
