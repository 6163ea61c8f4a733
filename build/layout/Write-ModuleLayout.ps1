function Write-ModuleLayout {
    <#
    .SYNOPSIS
        Fills out/BedrockPS from the publish folder, module/, docs/en-US and the repository LICENSE.
    .DESCRIPTION
        BedrockPS.dll (cmdlets and output types) sits at the module root; BedrockPS.Core, the emulator and every
        third-party assembly go to dependencies/, which the module initializer serves from its own load context.
        Files are written only when their content changed, so building again while a PowerShell session holds
        the module loaded does not fail.
    #>
    param([Parameter(Mandatory)] $Context)

    $moduleRoot = $Context.ModuleDirectory
    $dependencies = Join-Path $moduleRoot 'dependencies'
    $helpFolder = Join-Path $moduleRoot 'en-US'
    $null = New-Item -ItemType Directory -Force -Path $moduleRoot, $dependencies, $helpFolder
    Remove-StaleFile -Folder $moduleRoot

    $expected = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
    $publish = $Context.PublishDirectory
    foreach ($file in Get-ChildItem -LiteralPath $publish -File) {
        if (-not (Test-ShippedFile -Name $file.Name)) { continue }
        $target = if ($file.BaseName -eq 'BedrockPS') { $moduleRoot } else { $dependencies }
        $destination = Join-Path $target $file.Name
        Copy-FileIfChanged -Source $file.FullName -Destination $destination
        $null = $expected.Add($destination)
    }

    $moduleSource = Join-Path $Context.RepositoryRoot 'module'
    foreach ($format in Get-ChildItem -LiteralPath $moduleSource -Filter '*.ps1xml' -File -ErrorAction SilentlyContinue) {
        $destination = Join-Path $moduleRoot $format.Name
        Copy-FileIfChanged -Source $format.FullName -Destination $destination
        $null = $expected.Add($destination)
    }

    # The licence travels with the module (and so into its package), as the manifest's LicenseUri says.
    $licence = Join-Path $moduleRoot 'LICENSE'
    Copy-FileIfChanged -Source (Join-Path $Context.RepositoryRoot 'LICENSE') -Destination $licence
    $null = $expected.Add($licence)

    $manifest = Join-Path $moduleRoot 'BedrockPS.psd1'
    $manifestText = Get-Content -LiteralPath (Join-Path $moduleSource 'BedrockPS.psd1') -Raw
    $versioned = [regex]::Replace($manifestText, "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", "`${1}'$($Context.ModuleVersion)'")
    $versioned = Remove-MissingFormatFile -ManifestText $versioned -ModuleSource $moduleSource
    Write-TextIfChanged -Path $manifest -Text $versioned
    $null = $expected.Add($manifest)

    $docs = Join-Path $Context.RepositoryRoot 'docs/en-US'
    $maml = Join-Path $helpFolder 'BedrockPS.dll-Help.xml'
    $commandDocs = @(Get-ChildItem -LiteralPath $docs -Filter '*-*.md' -File -ErrorAction SilentlyContinue | ForEach-Object FullName)
    Write-TextIfChanged -Path $maml -Text (ConvertTo-MamlHelp -MarkdownFile $commandDocs)
    $null = $expected.Add($maml)

    $aboutSource = Join-Path $docs 'about_BedrockPS.md'
    if (Test-Path -LiteralPath $aboutSource) {
        $about = Join-Path $helpFolder 'about_BedrockPS.help.txt'
        Write-TextIfChanged -Path $about -Text (ConvertTo-AboutHelp -MarkdownFile $aboutSource)
        $null = $expected.Add($about)
    }

    foreach ($precompiled in Write-PrecompiledDependency -Context $Context -Dependencies $dependencies) {
        $null = $expected.Add($precompiled)
    }

    # Drop what an earlier build shipped but this one does not (a removed dependency, a renamed format file).
    foreach ($existing in Get-ChildItem -LiteralPath $moduleRoot -File -Recurse) {
        if (-not $expected.Contains($existing.FullName)) { Remove-FileOrSetAside -Path $existing.FullName }
    }
}

function Test-ShippedFile {
    <# Assemblies and their symbols ship; build metadata and compile-time-only references do not. #>
    param([Parameter(Mandatory)] [string] $Name)

    if ($Name -notmatch '\.(dll|pdb)$') { return $false }
    # PowerShell itself provides System.Management.Automation; the package copy is a reference assembly.
    $hostProvided = @('System.Management.Automation', 'System.Runtime.Loader')
    return ([IO.Path]::GetFileNameWithoutExtension($Name) -notin $hostProvided)
}

function Remove-MissingFormatFile {
    <#
    .SYNOPSIS
        Leaves out of FormatsToProcess any format file that module/ does not hold yet, with a warning, so the
        module still imports while its format file is being written.
    #>
    param([Parameter(Mandatory)] [string] $ManifestText, [Parameter(Mandatory)] [string] $ModuleSource)

    return [regex]::Replace($ManifestText, "(?m)^(\s*FormatsToProcess\s*=\s*)@\(([^)]*)\)", {
            param($match)
            $names = @([regex]::Matches($match.Groups[2].Value, "'([^']+)'") | ForEach-Object { $_.Groups[1].Value })
            $present = foreach ($name in $names) {
                if (Test-Path -LiteralPath (Join-Path $ModuleSource $name)) { "'$name'" }
                else { Write-Warning "module/$name does not exist yet: left out of FormatsToProcess in out/." }
            }
            $match.Groups[1].Value + '@(' + (@($present) -join ', ') + ')'
        })
}
