<#
.SYNOPSIS
    Deletes the account's failed videos (asks first unless -Confirm:$false).
.EXAMPLE
    ./Remove-FailedVideos.ps1 -Confirm:$false
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param()

# -WhatIf and -Confirm given to this script flow to Remove-HeyGenVideo through $WhatIfPreference and $ConfirmPreference.
Get-HeyGenVideo | Where-Object Status -eq 'failed' | Remove-HeyGenVideo -PassThru
