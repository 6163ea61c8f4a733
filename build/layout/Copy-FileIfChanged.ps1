$script:StaleSuffix = '.stale'

function Copy-FileIfChanged {
    <#
    .SYNOPSIS
        Copies a file unless the destination already has the same bytes; a locked destination is set aside.
    #>
    param(
        [Parameter(Mandatory)] [string] $Source,
        [Parameter(Mandatory)] [string] $Destination
    )

    if ((Test-Path -LiteralPath $Destination) -and (Test-SameContent -Left $Source -Right $Destination)) { return }
    Invoke-WithLockFallback -Path $Destination -Write { Copy-Item -LiteralPath $Source -Destination $Destination -Force }
}

function Write-TextIfChanged {
    <# Writes UTF-8 text (with BOM, which Windows PowerShell 5.1 needs for non-ASCII help) only when it differs. #>
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text
    )

    $encoding = [Text.UTF8Encoding]::new($true)
    if ((Test-Path -LiteralPath $Path) -and ([IO.File]::ReadAllText($Path) -ceq $Text)) { return }
    Invoke-WithLockFallback -Path $Path -Write { [IO.File]::WriteAllText($Path, $Text, $encoding) }
}

function Test-SameContent {
    param([string] $Left, [string] $Right)

    if ((Get-Item -LiteralPath $Left).Length -ne (Get-Item -LiteralPath $Right).Length) { return $false }
    return (Get-FileHash -LiteralPath $Left).Hash -eq (Get-FileHash -LiteralPath $Right).Hash
}

function Invoke-WithLockFallback {
    <#
    .SYNOPSIS
        Runs a write; if the target is held open (Windows keeps loaded assemblies locked), renames it aside first.
    .DESCRIPTION
        Windows allows renaming a loaded DLL but not overwriting it, so the running session keeps the old
        bytes and the next session gets the new ones.
    #>
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [scriptblock] $Write
    )

    try {
        & $Write
    }
    catch {
        if (-not (Test-Path -LiteralPath $Path)) { throw }
        $aside = "$Path$script:StaleSuffix-$([guid]::NewGuid().ToString('n'))"
        Move-Item -LiteralPath $Path -Destination $aside -Force
        & $Write
    }
}

function Remove-FileOrSetAside {
    param([Parameter(Mandatory)] [string] $Path)

    try {
        Remove-Item -LiteralPath $Path -Force
    }
    catch {
        Move-Item -LiteralPath $Path -Destination "$Path$script:StaleSuffix-$([guid]::NewGuid().ToString('n'))" -Force -ErrorAction SilentlyContinue
    }
}

function Remove-StaleFile {
    <# Deletes files set aside by earlier builds once nothing holds them any more. #>
    param([Parameter(Mandatory)] [string] $Folder)

    Get-ChildItem -LiteralPath $Folder -Recurse -File -Filter "*$script:StaleSuffix-*" -ErrorAction SilentlyContinue |
        Remove-Item -Force -ErrorAction SilentlyContinue
}
