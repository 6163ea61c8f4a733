$script:StaleSuffix = '.stale'
$script:PendingSuffix = '.new'

function Copy-FileIfChanged {
    <#
    .SYNOPSIS
        Copies a file unless the destination already has the same bytes; the new copy replaces the old one whole.
    #>
    param(
        [Parameter(Mandatory)] [string] $Source,
        [Parameter(Mandatory)] [string] $Destination
    )

    if ((Test-Path -LiteralPath $Destination) -and (Test-SameContent -Left $Source -Right $Destination)) { return }
    $pending = New-PendingPath -Path $Destination
    Copy-Item -LiteralPath $Source -Destination $pending -Force
    Resolve-PendingFile -Pending $pending -Destination $Destination
}

function Write-TextIfChanged {
    <# Writes UTF-8 text (with BOM, which Windows PowerShell 5.1 needs for non-ASCII help) only when it differs. #>
    param(
        [Parameter(Mandatory)] [string] $Path,
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text
    )

    if ((Test-Path -LiteralPath $Path) -and ([IO.File]::ReadAllText($Path) -ceq $Text)) { return }
    $pending = New-PendingPath -Path $Path
    [IO.File]::WriteAllText($pending, $Text, [Text.UTF8Encoding]::new($true))
    Resolve-PendingFile -Pending $pending -Destination $Path
}

function Test-SameContent {
    param([string] $Left, [string] $Right)

    if ((Get-Item -LiteralPath $Left).Length -ne (Get-Item -LiteralPath $Right).Length) { return $false }
    return (Get-FileHash -LiteralPath $Left).Hash -eq (Get-FileHash -LiteralPath $Right).Hash
}

function New-PendingPath {
    param([Parameter(Mandatory)] [string] $Path)
    return "$Path$script:PendingSuffix-$([guid]::NewGuid().ToString('n'))"
}

function Resolve-PendingFile {
    <#
    .SYNOPSIS
        Moves a fully written file over its destination.
    .DESCRIPTION
        Never rewrites a file in place: a PowerShell session that loaded the module maps its assemblies, so
        overwriting the bytes would corrupt that session (Linux, macOS) or fail (Windows, which locks them).
        A rename replaces the directory entry only; running sessions keep the old file. Windows refuses to
        replace a loaded file even by rename, but lets it be renamed aside first.
    #>
    param(
        [Parameter(Mandatory)] [string] $Pending,
        [Parameter(Mandatory)] [string] $Destination
    )

    try {
        [IO.File]::Move($Pending, $Destination, $true)
    }
    catch {
        if (-not (Test-Path -LiteralPath $Destination)) { throw }
        [IO.File]::Move($Destination, "$Destination$script:StaleSuffix-$([guid]::NewGuid().ToString('n'))")
        [IO.File]::Move($Pending, $Destination)
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
    <# Deletes files set aside, or left half-written, by earlier builds once nothing holds them any more. #>
    param([Parameter(Mandatory)] [string] $Folder)

    Get-ChildItem -LiteralPath $Folder -Recurse -File -ErrorAction SilentlyContinue |
        Where-Object { $_.Name -like "*$script:StaleSuffix-*" -or $_.Name -like "*$script:PendingSuffix-*" } |
        Remove-Item -Force -ErrorAction SilentlyContinue
}
