<#
.SYNOPSIS
    Builds a photo avatar from a description in one pipeline: photos, group, looks, training, new looks.
.EXAMPLE
    ./New-PhotoAvatar.ps1 -Name Ava -Age 'Young Adult' -Gender Woman -Ethnicity 'East Asian' -Appearance 'Blue blazer, office' -LookPrompt 'In a sunny park'
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [string] $Name,
    [ValidateSet('Young Adult', 'Adult', 'Senior')] [string] $Age = 'Adult',
    [ValidateSet('Man', 'Woman')] [string] $Gender = 'Woman',
    [string] $Ethnicity = 'Unspecified',
    [Parameter(Mandatory)] [string] $Appearance,
    [string[]] $LookPrompt = @('In a sunny park')
)

New-HeyGenPhotoAvatarPhoto -Name $Name -Age $Age -Gender $Gender -Ethnicity $Ethnicity -Appearance $Appearance |
    Wait-HeyGenPhotoAvatar |
    New-HeyGenPhotoAvatarGroup |
    Add-HeyGenPhotoAvatarLook |
    Start-HeyGenPhotoAvatarTraining |
    Wait-HeyGenPhotoAvatar |
    New-HeyGenPhotoAvatarLook -Prompt $LookPrompt |
    Wait-HeyGenPhotoAvatar
