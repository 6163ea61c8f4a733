function ConvertTo-MamlHelp {
    <#
    .SYNOPSIS
        Turns platyPS-style markdown files into one MAML document (the BedrockPS.dll-Help.xml that Get-Help reads).
    #>
    param([AllowEmptyCollection()] [string[]] $MarkdownFile = @())

    $namespaces = [ordered]@{
        maml    = 'http://schemas.microsoft.com/maml/2004/10'
        command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
        dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
        MSHelp  = 'http://msdn.microsoft.com/mshelp'
    }
    $settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [Text.UTF8Encoding]::new($false) }
    $text = [System.IO.StringWriter]::new()
    $writer = [System.Xml.XmlWriter]::Create($text, $settings)
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($prefix in $namespaces.Keys) {
        $writer.WriteAttributeString('xmlns', $prefix, $null, $namespaces[$prefix])
    }

    foreach ($file in @($MarkdownFile | Sort-Object)) {
        if (-not $file) { continue }
        Write-CommandHelp -Writer $writer -Help (ConvertFrom-HelpMarkdown -Path $file) -Namespaces $namespaces
    }

    $writer.WriteEndElement()
    $writer.WriteEndDocument()
    $writer.Flush()
    # StringWriter reports UTF-16 in the declaration; the file is written as UTF-8.
    return ($text.ToString() -replace '^<\?xml version="1.0" encoding="utf-16"\?>', '<?xml version="1.0" encoding="utf-8"?>')
}

function Write-CommandHelp {
    param($Writer, $Help, $Namespaces)

    $maml = $Namespaces.maml; $command = $Namespaces.command; $dev = $Namespaces.dev
    $verb, $noun = $Help.Name -split '-', 2

    $Writer.WriteStartElement('command', 'command', $command)
    $Writer.WriteStartElement('command', 'details', $command)
    $Writer.WriteElementString('command', 'name', $command, $Help.Name)
    $Writer.WriteElementString('command', 'verb', $command, $verb)
    $Writer.WriteElementString('command', 'noun', $command, $noun)
    Write-Paragraphs -Writer $Writer -Namespace $maml -Paragraphs $Help.Synopsis
    $Writer.WriteEndElement()

    Write-Paragraphs -Writer $Writer -Namespace $maml -Paragraphs $Help.Description

    $Writer.WriteStartElement('command', 'syntax', $command)
    foreach ($set in $Help.SyntaxSets) {
        $Writer.WriteStartElement('command', 'syntaxItem', $command)
        $Writer.WriteElementString('maml', 'name', $maml, $Help.Name)
        foreach ($parameter in (Get-ParametersOfSet -Help $Help -Set $set)) {
            Write-ParameterElement -Writer $Writer -Parameter $parameter -Namespaces $Namespaces -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $command)
    foreach ($parameter in $Help.Parameters) {
        Write-ParameterElement -Writer $Writer -Parameter $parameter -Namespaces $Namespaces
    }
    $Writer.WriteEndElement()

    Write-TypeList -Writer $Writer -Namespaces $Namespaces -ListName 'inputTypes' -ItemName 'inputType' -Types $Help.Inputs
    Write-TypeList -Writer $Writer -Namespaces $Namespaces -ListName 'returnValues' -ItemName 'returnValue' -Types $Help.Outputs

    if (@($Help.Notes).Count) {
        $Writer.WriteStartElement('maml', 'alertSet', $maml)
        $Writer.WriteStartElement('maml', 'alert', $maml)
        foreach ($note in @($Help.Notes)) { $Writer.WriteElementString('maml', 'para', $maml, $note) }
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }

    $Writer.WriteStartElement('command', 'examples', $command)
    foreach ($example in $Help.Examples) {
        $Writer.WriteStartElement('command', 'example', $command)
        $Writer.WriteElementString('maml', 'title', $maml, "---------- $($example.Title) ----------")
        $Writer.WriteElementString('dev', 'code', $dev, $example.Code)
        $Writer.WriteStartElement('dev', 'remarks', $dev)
        foreach ($remark in @($example.Remarks)) { $Writer.WriteElementString('maml', 'para', $maml, $remark) }
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'relatedLinks', $command)
    foreach ($link in $Help.RelatedLinks) {
        $Writer.WriteStartElement('maml', 'navigationLink', $maml)
        $Writer.WriteElementString('maml', 'linkText', $maml, $link.Text)
        $Writer.WriteElementString('maml', 'uri', $maml, $link.Uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteEndElement()
}

function Get-ParametersOfSet {
    <# The parameters of one syntax line, in the order the markdown's syntax block shows them. #>
    param($Help, $Set)

    $members = @($Help.Parameters | Where-Object {
            $Set.Name -eq '__AllParameterSets' -or $_.ParameterSets -contains '(All)' -or $_.ParameterSets -contains $Set.Name
        })
    $ordered = foreach ($name in $Set.ParameterOrder) { $members | Where-Object Name -eq $name }
    $rest = $members | Where-Object { $Set.ParameterOrder -notcontains $_.Name }
    return @($ordered) + @($rest)
}

function Write-ParameterElement {
    param($Writer, $Parameter, $Namespaces, [switch] $InSyntax)

    $maml = $Namespaces.maml; $command = $Namespaces.command; $dev = $Namespaces.dev
    $isSwitch = $Parameter.Type -in 'SwitchParameter', 'System.Management.Automation.SwitchParameter'
    $Writer.WriteStartElement('command', 'parameter', $command)
    $Writer.WriteAttributeString('required', $Parameter.Required.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', $Parameter.Globbing.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $Parameter.PipelineInput)
    $Writer.WriteAttributeString('position', $Parameter.Position)
    $Writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases) { $Parameter.Aliases } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Name)
    Write-Paragraphs -Writer $Writer -Namespace $maml -Paragraphs $Parameter.Description
    if (-not ($InSyntax -and $isSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $command)
        $Writer.WriteAttributeString('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Parameter.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $dev)
    $Writer.WriteElementString('maml', 'name', $maml, $Parameter.Type)
    $Writer.WriteElementString('maml', 'uri', $maml, '')
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $dev, $Parameter.DefaultValue)
    $Writer.WriteEndElement()
}

function Write-TypeList {
    param($Writer, $Namespaces, [string] $ListName, [string] $ItemName, $Types)

    $maml = $Namespaces.maml; $command = $Namespaces.command; $dev = $Namespaces.dev
    $Writer.WriteStartElement('command', $ListName, $command)
    foreach ($type in @($Types)) {
        $Writer.WriteStartElement('command', $ItemName, $command)
        $Writer.WriteStartElement('dev', 'type', $dev)
        $Writer.WriteElementString('maml', 'name', $maml, $type.Name)
        $Writer.WriteEndElement()
        Write-Paragraphs -Writer $Writer -Namespace $maml -Paragraphs $type.Description
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-Paragraphs {
    <# A maml:description holding one maml:para per paragraph. #>
    param($Writer, [string] $Namespace, [AllowNull()] [string[]] $Paragraphs)

    $Writer.WriteStartElement('maml', 'description', $Namespace)
    foreach ($paragraph in @($Paragraphs)) {
        if ($null -ne $paragraph) { $Writer.WriteElementString('maml', 'para', $Namespace, $paragraph) }
    }
    $Writer.WriteEndElement()
}
