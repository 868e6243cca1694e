<#
.SYNOPSIS
    Makes one video per CSV row: columns named like New-HeyGenVideo's parameters (Script, Title, Background, ...) bind by name.
.EXAMPLE
    ./New-VideosFromCsv.ps1 -CsvPath ./people.csv -AvatarId Daisy-inskirt-20220818 -VoiceId 1bd001e7e50f421d891986aad5158bc8
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $CsvPath,
    [Parameter(Mandatory)] [string] $AvatarId,
    [Parameter(Mandatory)] [string] $VoiceId,
    [string] $OutDirectory = './out',
    [int] $TimeoutSec = 3600
)

Import-Csv -Path $CsvPath |
    New-HeyGenVideo -AvatarId $AvatarId -VoiceId $VoiceId |
    Wait-HeyGenVideo -TimeoutSec $TimeoutSec |
    Save-HeyGenVideo -Directory $OutDirectory -Force
