<#
.SYNOPSIS
    Validates a video manifest, shows the plan, renders it, and fails (exit code 1) when a scene fails: a CI step.
.EXAMPLE
    ./Invoke-ManifestRender.ps1 -Path ../../../examples/manifests/product-launch.yaml
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Path
)

$problems = @(Test-HeyGenManifest -Path $Path)
if ($problems.Count -gt 0) {
    $problems | Format-Table -AutoSize | Out-String | Write-Host
    throw "The manifest has $($problems.Count) problem(s)."
}

Invoke-HeyGenManifest -Path $Path -WhatIf
$outcomes = Invoke-HeyGenManifest -Path $Path -ErrorAction Continue -ErrorVariable failures
$outcomes | Format-Table -AutoSize | Out-String | Write-Host
if ($failures) { exit 1 }
$outcomes
