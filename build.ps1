#requires -Version 5.1
<#
.SYNOPSIS
    Restores, builds, tests and packs HeyGen Toolkit.
.DESCRIPTION
    Every step is a plain dotnet command (listed in README.md), so machines without PowerShell can run them too.
.PARAMETER Configuration
    Debug or Release.
.PARAMETER Task
    Which steps to run: Restore, Build, Test, Pack, or All (the default).
.EXAMPLE
    ./build.ps1
.EXAMPLE
    ./build.ps1 -Task Test -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug',

    [ValidateSet('Restore', 'Build', 'Test', 'Pack', 'All')]
    [string[]] $Task = 'All'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Step([string] $Name, [string[]] $Arguments) {
    Write-Host "=== $Name: dotnet $($Arguments -join ' ')"
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Name failed (dotnet exited with $LASTEXITCODE)." }
}

$all = $Task -contains 'All'
if ($all -or $Task -contains 'Restore') { Invoke-Step 'Restore' @('restore', 'Toolkit.sln') }
if ($all -or $Task -contains 'Build')   { Invoke-Step 'Build'   @('build', 'Toolkit.sln', '-c', $Configuration, '--no-restore') }
if ($all -or $Task -contains 'Test')    { Invoke-Step 'Test'    @('test', 'Toolkit.sln', '-c', $Configuration, '--no-build') }
if ($all -or $Task -contains 'Pack')    { Invoke-Step 'Pack'    @('pack', 'Toolkit.sln', '-c', $Configuration, '--no-build', '-o', 'artifacts/packages') }

if ($all -or $Task -contains 'Test') {
    # The Pester suite imports the laid-out module from artifacts/HeyGen and drives it against the emulator.
    if (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.0.0') {
        $config = New-PesterConfiguration
        $config.Run.Path = Join-Path $PSScriptRoot 'tests/pester'
        $config.Run.Exit = $true
        $config.Output.Verbosity = 'Detailed'
        Invoke-Pester -Configuration $config
    }
    else {
        Write-Warning 'Pester 5 is not installed: the Pester suite was SKIPPED (Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser).'
    }
}
