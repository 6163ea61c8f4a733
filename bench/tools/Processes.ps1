# Starting and stopping the child processes of the benchmarks: servers that print "Listening on URL" and serve
# until their standard input closes, and one-shot measurements that print a JSON line last.

function Get-PwshCommandLine {
    # A fresh PowerShell like the one running: pwsh itself, or the dotnet host with pwsh.dll (what `dotnet pwsh` runs).
    $process = [Environment]::ProcessPath
    if ($process -and [IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    if ($process -and [IO.Path]::GetFileNameWithoutExtension($process) -eq 'pwsh') {
        return @($process)
    }
    return @('pwsh')
}

function New-ChildProcess {
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [string] $WorkingDirectory = (Get-Location).Path
    )
    $info = [Diagnostics.ProcessStartInfo]::new($FilePath)
    foreach ($argument in $ArgumentList) { $info.ArgumentList.Add($argument) }
    foreach ($name in $Environment.Keys) {
        # An empty value removes the variable, so nothing inherited (a profile, a token) leaks into the child.
        if ([string]::IsNullOrEmpty($Environment[$name])) { [void]$info.Environment.Remove($name) }
        else { $info.Environment[$name] = [string]$Environment[$name] }
    }
    $info.WorkingDirectory = $WorkingDirectory
    $info.UseShellExecute = $false
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.RedirectStandardError = $true
    $process = [Diagnostics.Process]::new()
    $process.StartInfo = $info
    [void]$process.Start()
    # Read stderr in the background so a chatty child never blocks on a full pipe.
    $errorText = $process.StandardError.ReadToEndAsync()
    [pscustomobject]@{ Process = $process; ErrorText = $errorText }
}

function Start-ServerProcess {
    <# Starts a child that prints "Listening on URL" first; returns it with its Url. #>
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 60
    )
    $child = New-ChildProcess -FilePath $FilePath -ArgumentList $ArgumentList -Environment $Environment
    $line = $child.Process.StandardOutput.ReadLineAsync()
    if (-not $line.Wait([TimeSpan]::FromSeconds($TimeoutSeconds)) -or $null -eq $line.Result -or $line.Result -notmatch '^Listening on (\S+)') {
        Stop-ChildProcess -Child $child | Out-Null
        throw "The server '$FilePath $($ArgumentList -join ' ')' did not start: $($child.ErrorText.Result)"
    }
    $child | Add-Member -NotePropertyName Url -NotePropertyValue $Matches[1] -PassThru
}

function Stop-ChildProcess {
    <# Closes the child's standard input (its signal to stop), and returns the rest of its standard output as lines. #>
    param([Parameter(Mandatory)] $Child, [int] $TimeoutSeconds = 30)
    $process = $Child.Process
    try { $process.StandardInput.Close() } catch { }
    $rest = $process.StandardOutput.ReadToEndAsync()
    if (-not $process.WaitForExit($TimeoutSeconds * 1000)) {
        $process.Kill()
        $process.WaitForExit()
    }
    $text = if ($rest.Wait(5000)) { $rest.Result } else { '' }
    $process.Dispose()
    @($text -split "`r?`n" | Where-Object { $_ })
}

function Invoke-JsonProcess {
    <# Runs a child to completion and returns its last standard output line parsed as JSON. #>
    param(
        [Parameter(Mandatory)] [string] $FilePath,
        [string[]] $ArgumentList = @(),
        [hashtable] $Environment = @{},
        [int] $TimeoutSeconds = 300
    )
    $child = New-ChildProcess -FilePath $FilePath -ArgumentList $ArgumentList -Environment $Environment
    $child.Process.StandardInput.Close()
    $output = $child.Process.StandardOutput.ReadToEndAsync()
    if (-not $child.Process.WaitForExit($TimeoutSeconds * 1000)) {
        $child.Process.Kill()
        throw "'$FilePath $($ArgumentList -join ' ')' did not finish within $TimeoutSeconds s."
    }
    $child.Process.WaitForExit()
    $lines = @($output.Result -split "`r?`n" | Where-Object { $_ })
    $exitCode = $child.Process.ExitCode
    $child.Process.Dispose()
    if ($exitCode -ne 0 -or $lines.Count -eq 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed (exit $exitCode): $($lines -join "`n") $($child.ErrorText.Result)"
    }
    $lines[-1] | ConvertFrom-Json
}
