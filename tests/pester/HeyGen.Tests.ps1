#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0.0' }
# The HeyGen module in a real PowerShell: import the laid-out module, start its emulator, run the issue's pipelines
# and the example scripts. Run with tests/pester/run.sh (or Invoke-Pester -Path tests/pester) after
# 'dotnet build module/HeyGen.PowerShell.Layout'.

BeforeAll {
    $script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $moduleFolder = Get-ChildItem (Join-Path $Root 'artifacts/HeyGen') -Directory | Sort-Object { [version]$_.Name } -Descending | Select-Object -First 1
    if (-not $moduleFolder) { throw 'Build the module first: dotnet build module/HeyGen.PowerShell.Layout' }
    $script:ManifestPath = Join-Path $moduleFolder.FullName 'HeyGen.psd1'
    Import-Module $ManifestPath -Force

    $script:Emulator = Start-HeyGenEmulator
    $script:Voice = (Get-HeyGenVoice -Language English -Gender female | Select-Object -First 1).VoiceId
    $script:Out = Join-Path ([IO.Path]::GetTempPath()) ('heygen-pester-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $Out | Out-Null

    function script:VideoCount { @(Get-HeyGenVideo).Count }

    # The emulator's inspection endpoints (what a session received, resetting its limits).
    function script:EmulatorAdmin([string] $Path, [string] $Method = 'GET') {
        Invoke-RestMethod -Method $Method -Uri ([Uri]::new($Emulator.BaseUrl, $Path)) -Headers @{ 'X-Api-Key' = 'emulator-demo-key' }
    }

    function script:FreePort {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        try { $probe.LocalEndpoint.Port } finally { $probe.Stop() }
    }

    # A second runspace with the module, for cmdlets that block (a webhook receiver) while this one acts.
    function script:StartBackground([scriptblock] $Script, [hashtable] $Arguments) {
        $ps = [powershell]::Create()
        $null = $ps.AddCommand('Import-Module').AddParameter('Name', $ManifestPath).AddStatement().AddScript($Script)
        foreach ($key in $Arguments.Keys) { $null = $ps.AddParameter($key, $Arguments[$key]) }
        [pscustomobject]@{ PowerShell = $ps; Handle = $ps.BeginInvoke() }
    }
}

AfterAll {
    Stop-HeyGenEmulator -ErrorAction SilentlyContinue
    Remove-Module HeyGen -ErrorAction SilentlyContinue
    Remove-Item $Out -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'The module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile $ManifestPath
        (Get-Command -Module HeyGen).Name | Sort-Object | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has help with a synopsis and an example for <_>' -ForEach @(
        'Connect-HeyGen', 'Get-HeyGenAvatar', 'New-HeyGenVideo', 'Wait-HeyGenVideo', 'Save-HeyGenVideo', 'Invoke-HeyGenManifest',
        'Start-HeyGenRealtimeSession', 'Send-HeyGenRealtimeText', 'Send-HeyGenStreamingTask', 'Stop-HeyGenStreamingTask',
        'Wait-HeyGenWebhookEvent', 'Unregister-HeyGenWebhookEndpoint', 'New-HeyGenPhotoAvatarPhoto', 'Wait-HeyGenPhotoAvatar'
    ) {
        $help = Get-Help $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        @($help.Examples.Example).Count | Should -BeGreaterThan 0
    }

    It 'runs against the emulator it started' {
        $Emulator.BaseUrl.Host | Should -Be '127.0.0.1'
        (Get-HeyGenUser).UserName | Should -Not -BeNullOrEmpty
    }

    It 'formats videos as a table by default' {
        $view = Get-FormatData -TypeName HeyGen.Automation.HeyGenVideo
        $view | Should -Not -BeNullOrEmpty
    }
}

Describe 'Pipelines' {
    It 'avatar | New | Wait | Save makes a video file' {
        $saved = Get-HeyGenAvatar -Name Daisy* | Select-Object -First 1 |
            New-HeyGenVideo -VoiceId $Voice -Script 'Hi' | Wait-HeyGenVideo | Save-HeyGenVideo -Directory $Out
        $saved.Path | Should -Exist
        $bytes = [IO.File]::ReadAllBytes($saved.Path)
        [Text.Encoding]::ASCII.GetString($bytes, 4, 4) | Should -Be 'ftyp'
    }

    It 'an avatar brings its default voice' {
        $video = Get-HeyGenAvatar -Name Daisy* | Select-Object -First 1 | New-HeyGenVideo -Script 'Default voice.'
        $video.VideoId | Should -Not -BeNullOrEmpty
    }

    It 'Import-Csv rows bind to New-HeyGenVideo parameters' {
        $csv = Join-Path $Root 'examples/powershell/people.csv'
        $videos = Import-Csv $csv | New-HeyGenVideo -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice | Wait-HeyGenVideo
        $videos.Count | Should -Be 2
        $videos.Title | Sort-Object | Should -Be @('welcome-ada', 'welcome-linus')
    }

    It 'Get-ChildItem | Send-HeyGenAsset | New-HeyGenVideo animates an uploaded photo' {
        $asset = Get-ChildItem (Join-Path $Root 'examples/manifests/assets') -Filter *.jpg | Send-HeyGenAsset
        $asset.AssetId | Should -Not -BeNullOrEmpty
        ($asset | New-HeyGenVideo -Script 'From a photo.' -VoiceId $Voice).VideoId | Should -Not -BeNullOrEmpty
    }

    It '-WhatIf creates nothing' {
        $before = VideoCount
        New-HeyGenVideo -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -Script 'Never sent' -WhatIf
        VideoCount | Should -Be $before
    }

    It 'Remove-HeyGenVideo deletes without asking when -Confirm:$false' {
        $video = New-HeyGenVideo -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -Script 'Delete me' | Wait-HeyGenVideo
        $removed = $video | Remove-HeyGenVideo -Confirm:$false -PassThru
        $removed.Deleted | Should -BeTrue
        { Get-HeyGenVideo -VideoId $video.VideoId -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Progress, verbose output and errors' {
    It 'Wait-HeyGenVideo writes progress' {
        $video = New-HeyGenVideo -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -Script 'Progress'
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddParameter('Name', $ManifestPath).AddStatement().
                AddCommand('Connect-HeyGen').AddParameter('BaseUrl', $Emulator.BaseUrl).AddParameter('ApiKey', (ConvertTo-SecureString 'emulator-demo-key' -AsPlainText -Force)).AddStatement().
                AddCommand('Wait-HeyGenVideo').AddParameter('VideoId', $video.VideoId)
            $result = $ps.Invoke()
            $result.Status | Should -Be 'completed'
            $ps.Streams.Progress.Count | Should -BeGreaterThan 0
            $ps.Streams.Progress[0].Activity | Should -Match 'Waiting'
        }
        finally { $ps.Dispose() }
    }

    It 'an unknown video is an ObjectNotFound error with its target and a recommended action' {
        Get-HeyGenVideo -VideoId 'no-such-video' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-video'
        $failure[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It '-Verbose shows requests without the key' {
        $verbose = Get-HeyGenUser -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        ($verbose.Message -join "`n") | Should -Match 'HTTP GET'
        ($verbose.Message -join "`n") | Should -Not -Match 'emulator-demo-key'
    }
}

Describe 'Manifests' {
    BeforeAll {
        $script:ManifestDir = Join-Path $Out 'manifest'
        Copy-Item (Join-Path $Root 'examples/manifests') $ManifestDir -Recurse
        $script:Manifest = Join-Path $ManifestDir 'product-launch.yaml'
    }

    It 'Test-HeyGenManifest reports problems with file, line and column' {
        $broken = Join-Path $ManifestDir 'broken.yaml'
        Set-Content $broken "version: 1`nname: broken`nscenes:`n  - id: a`n    scriptt: Hi`n"
        $problems = @(Test-HeyGenManifest $broken)
        $problems.Count | Should -BeGreaterThan 0
        $problems[0].Line | Should -BeGreaterThan 0
        $problems[0].Column | Should -BeGreaterThan 0
        Test-HeyGenManifest $Manifest -Quiet | Should -BeTrue
    }

    It '-WhatIf prints the plan and creates nothing' {
        $before = VideoCount
        Invoke-HeyGenManifest $Manifest -WhatIf
        VideoCount | Should -Be $before
    }

    It 'rendering twice creates each video once' {
        $before = VideoCount
        $first = Invoke-HeyGenManifest $Manifest
        $created = (VideoCount) - $before
        $created | Should -BeGreaterThan 0
        $second = Invoke-HeyGenManifest $Manifest
        (VideoCount) - $before | Should -Be $created
        $second.Result | Sort-Object -Unique | Should -Be 'Skipped'
        (Get-HeyGenManifestState $Manifest).Count | Should -Be $first.Count
    }
}

Describe 'Realtime sessions' {
    BeforeAll {
        EmulatorAdmin '/_emulator/reset' -Method POST | Out-Null
        $script:Daisy = 'Daisy-inskirt-20220818'
    }

    It 'Start-HeyGenRealtimeSession waits until ready and gives an HLS playlist' {
        $session = Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -Text 'Your changes were saved.'
        $session.Status | Should -Be 'ready'
        $session.Mode | Should -Be 'tts'
        $session.PlaybackUrl.AbsolutePath | Should -Match '\.m3u8$'
        (Invoke-WebRequest -Uri $session.PlaybackUrl -UseBasicParsing).Content | Should -Match '^#EXTM3U'
        (Get-HeyGenRealtimeSession -SessionId $session.SessionId).SessionId | Should -Be $session.SessionId
    }

    It 'Get-Content | Send-HeyGenRealtimeText pushes each line in order and skips blank ones' {
        $story = Join-Path $Out 'story.txt'
        Set-Content $story "there was an avatar`n`nthat replaced alert()."
        $session = Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -TextStream -Text 'Once upon a time,'
        Get-Content $story | Send-HeyGenRealtimeText -Session $session
        (EmulatorAdmin "/_emulator/realtime/$($session.SessionId)").texts | Should -Be @('Once upon a time,', 'there was an avatar', 'that replaced alert().')
    }

    It 'audio sessions start from an uploaded asset' {
        $audio = Join-Path $Out 'hello.mp3'
        [IO.File]::WriteAllBytes($audio, [byte[]](0xFF, 0xFB, 0x90, 0x44, 1, 2, 3, 4))
        $session = Send-HeyGenAsset $audio | Start-HeyGenRealtimeSession -AvatarId $Daisy
        $session.Mode | Should -Be 'audio'
    }

    It '-WhatIf starts nothing' {
        $before = @(Get-HeyGenRealtimeSession).Count
        Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -Text 'Never' -WhatIf
        @(Get-HeyGenRealtimeSession).Count | Should -Be $before
    }

    It 'a stopped session takes no more text' {
        $session = Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -TextStream -Text 'Soon stopped.' -KeepAlive
        $session.KeepAlive | Should -BeTrue
        ($session | Stop-HeyGenRealtimeSession -PassThru).Stopped | Should -BeTrue
        $failure = $null
        try { 'More' | Send-HeyGenRealtimeText -Session $session } catch { $failure = $_ }
        $failure.FullyQualifiedErrorId | Should -BeLike 'HeyGen.RealtimeSessionClosed,*'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'Start-HeyGenRealtimeSession'
    }

    It 'the fourth concurrent session is a LimitsExceeded error with a recommended action' {
        EmulatorAdmin '/_emulator/reset' -Method POST | Out-Null
        1..3 | ForEach-Object { Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -TextStream -Text "Session $_" } | Out-Null
        Start-HeyGenRealtimeSession -AvatarId $Daisy -VoiceId $Voice -TextStream -Text 'One too many' -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'HeyGen.RealtimeSessionLimit,*'
        $failure[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $failure[0].TargetObject | Should -Be $Daisy
        $failure[0].ErrorDetails.RecommendedAction | Should -Match 'Stop-HeyGenRealtimeSession'
        EmulatorAdmin '/_emulator/reset' -Method POST | Out-Null
    }

    It 'Send-AvatarAlert.ps1 starts a session, then reuses it' {
        $alert = Join-Path $Root 'examples/powershell/Send-AvatarAlert.ps1'
        $first = & $alert -Message 'Your changes were saved.'
        $again = & $alert -Message 'Backup finished.' -Session $first
        $again.SessionId | Should -Be $first.SessionId
        (EmulatorAdmin "/_emulator/realtime/$($first.SessionId)").texts | Should -Be @('Your changes were saved.', 'Backup finished.')
    }
}

Describe 'Streaming sessions' {
    It 'New | Start | Send-HeyGenStreamingTask speaks, Stop-HeyGenStreamingTask interrupts, Stop ends' {
        $session = Get-HeyGenAvatar -Name Daisy* | Select-Object -First 1 | New-HeyGenStreamingSession -Quality low | Start-HeyGenStreamingSession
        $session.Status | Should -Be 'started'
        $tasks = 'Hello.', 'The build is green.' | Send-HeyGenStreamingTask -Session $session
        $tasks.Count | Should -Be 2
        $tasks[0].TaskType | Should -Be 'repeat'
        $session | Stop-HeyGenStreamingTask
        (Get-HeyGenStreamingSession -SessionId $session.SessionId).SessionId | Should -Be $session.SessionId
        ($session | Stop-HeyGenStreamingSession -PassThru).Status | Should -Be 'stopped'
        # Assigned first: Windows PowerShell's Invoke-RestMethod emits a JSON array as one object.
        $all = EmulatorAdmin '/_emulator/streaming'
        $recorded = $all | ForEach-Object { $_ } | Where-Object session_id -eq $session.SessionId
        $recorded.texts | Should -Be @('Hello.', 'The build is green.')
    }

    It '-WhatIf creates no session' {
        $before = @(Get-HeyGenStreamingSession).Count
        New-HeyGenStreamingSession -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -WhatIf
        @(Get-HeyGenStreamingSession).Count | Should -Be $before
    }

    It 'Invoke-StreamingAnnouncement.ps1 says each line and stops the session' {
        $tasks = & (Join-Path $Root 'examples/powershell/Invoke-StreamingAnnouncement.ps1') -Line 'Good morning.', 'Bye.' -Quality low
        $tasks.Count | Should -Be 2
        (Get-HeyGenStreamingSession -SessionId $tasks[0].SessionId).Status | Should -Not -Be 'connected'
    }
}

Describe 'Webhooks' {
    It 'Register, Get and Unregister an endpoint; the secret is a SecureString shown once' {
        $endpoint = Register-HeyGenWebhookEndpoint -Url 'https://hooks.example.com/heygen/' -Event avatar_video.success
        $endpoint.Secret | Should -BeOfType [securestring]
        $listed = Get-HeyGenWebhookEndpoint -EndpointId $endpoint.EndpointId
        $listed.Url | Should -Be $endpoint.Url
        $listed.Secret | Should -BeNullOrEmpty
        ($endpoint | Unregister-HeyGenWebhookEndpoint -Confirm:$false -PassThru).Deleted | Should -BeTrue
        Get-HeyGenWebhookEndpoint -EndpointId $endpoint.EndpointId -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'Unregister-HeyGenWebhookEndpoint -WhatIf deletes nothing' {
        $endpoint = Register-HeyGenWebhookEndpoint -Url 'https://hooks.example.com/whatif/'
        $endpoint | Unregister-HeyGenWebhookEndpoint -WhatIf
        (Get-HeyGenWebhookEndpoint -EndpointId $endpoint.EndpointId).EndpointId | Should -Be $endpoint.EndpointId
        $endpoint | Unregister-HeyGenWebhookEndpoint -Confirm:$false
    }

    It 'Test-HeyGenWebhookSignature accepts a signed body and refuses a tampered one' {
        $secret = ConvertTo-SecureString 'whsec_test' -AsPlainText -Force
        $body = '{"event_type":"avatar_video.success","event_data":{"video_id":"v1","url":"https://x/v1.mp4"}}'
        $hmac = [System.Security.Cryptography.HMACSHA256]::new([Text.Encoding]::UTF8.GetBytes('whsec_test'))
        $signature = -join ($hmac.ComputeHash([Text.Encoding]::UTF8.GetBytes($body)) | ForEach-Object { $_.ToString('x2') })
        Test-HeyGenWebhookSignature -Body $body -Signature $signature -Secret $secret | Should -BeTrue
        Test-HeyGenWebhookSignature -Body $body.Replace('v1', 'v2') -Signature $signature -Secret $secret | Should -BeFalse
    }

    It 'Wait-HeyGenWebhookEvent emits the verified event of a render and warns about a tampered delivery' {
        $port = FreePort
        $endpoint = Register-HeyGenWebhookEndpoint -Url "http://localhost:$port/heygen/webhook/" -Event avatar_video.success, avatar_video.fail
        $background = StartBackground { param($Port, $Secret) Wait-HeyGenWebhookEvent -Port $Port -Secret $Secret -Count 1 -TimeoutSec 120 } @{ Port = $port; Secret = $endpoint.Secret }
        try {
            Start-Sleep -Seconds 2
            $forged = @{ Uri = "http://localhost:$port/heygen/webhook/"; Method = 'POST'; Body = '{"event_type":"avatar_video.success","event_data":{"video_id":"forged","url":"https://x/f.mp4"}}'; Headers = @{ Signature = ('0' * 64) } }
            { Invoke-WebRequest @forged -UseBasicParsing } | Should -Throw

            $video = New-HeyGenVideo -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -Script 'Webhook.'
            $received = $background.PowerShell.EndInvoke($background.Handle)
            $received.VideoId | Should -Be $video.VideoId
            $received.EventType | Should -Be 'avatar_video.success'
            @($background.PowerShell.Streams.Warning).Count | Should -BeGreaterThan 0
            @($background.PowerShell.Streams.Progress).Count | Should -BeGreaterThan 0
            $received | Save-HeyGenVideo -Directory (Join-Path $Out 'webhook') -Force | ForEach-Object Path | Should -Exist
        }
        finally {
            $background.PowerShell.Dispose()
            $endpoint | Unregister-HeyGenWebhookEndpoint -Confirm:$false
        }
    }

    It 'Wait-HeyGenWebhookEvent -Count not reached within -TimeoutSec is an OperationTimeout error' {
        $secret = ConvertTo-SecureString 'whsec_quiet' -AsPlainText -Force
        $failure = $null
        try { Wait-HeyGenWebhookEvent -Port 0 -Secret $secret -Count 1 -TimeoutSec 1 } catch { $failure = $_ }
        $failure.CategoryInfo.Category | Should -Be 'OperationTimeout'
        $failure.FullyQualifiedErrorId | Should -BeLike 'HeyGen.Timeout,*'
    }

    It 'Wait-VideoWebhook.ps1 saves the video the webhook announced' {
        $saved = & (Join-Path $Root 'examples/powershell/Wait-VideoWebhook.ps1') -Script 'Saved by webhook.' -Port (FreePort) -OutDirectory (Join-Path $Out 'webhook-example') -TimeoutSec 120
        $saved.Path | Should -Exist
    }
}

Describe 'Photo avatars' {
    It 'the whole flow chains in one pipeline' {
        $looks = New-HeyGenPhotoAvatarPhoto -Name Ava -Age 'Young Adult' -Gender Woman -Ethnicity 'East Asian' -Appearance 'Blue blazer' -Pose headshot |
            Wait-HeyGenPhotoAvatar | New-HeyGenPhotoAvatarGroup | Add-HeyGenPhotoAvatarLook |
            Start-HeyGenPhotoAvatarTraining | Wait-HeyGenPhotoAvatar |
            New-HeyGenPhotoAvatarLook -Prompt 'In a sunny park' | Wait-HeyGenPhotoAvatar
        $looks.Kind | Should -Be 'looks'
        $looks.Status | Should -Be 'success'
        $looks.Pose | Should -Be 'headshot'
        @($looks.ImageUrls).Count | Should -BeGreaterThan 0
    }

    It '-WhatIf generates nothing' {
        New-HeyGenPhotoAvatarPhoto -Name Never -Age Adult -Gender Man -Ethnicity 'Mixed' -Appearance 'Hat' -WhatIf | Should -BeNullOrEmpty
    }

    It 'New-PhotoAvatar.ps1 builds a photo avatar' {
        $result = & (Join-Path $Root 'examples/powershell/New-PhotoAvatar.ps1') -Name Ben -Appearance 'Red scarf' -LookPrompt 'At the beach'
        $result.Status | Should -Be 'success'
    }
}

Describe 'Example scripts' {
    It 'New-FirstVideo.ps1 saves a video and its thumbnail' {
        $saved = & (Join-Path $Root 'examples/powershell/New-FirstVideo.ps1') -OutDirectory (Join-Path $Out 'first')
        $saved.Count | Should -Be 2
    }

    It 'New-VideosFromCsv.ps1 makes one video per row' {
        $saved = & (Join-Path $Root 'examples/powershell/New-VideosFromCsv.ps1') -CsvPath (Join-Path $Root 'examples/powershell/people.csv') `
            -AvatarId Daisy-inskirt-20220818 -VoiceId $Voice -OutDirectory (Join-Path $Out 'csv')
        $saved.Count | Should -Be 2
    }

    It 'Invoke-ManifestRender.ps1 renders a manifest' {
        $dir = Join-Path $Out 'render'
        Copy-Item (Join-Path $Root 'examples/manifests') $dir -Recurse
        $outcomes = & (Join-Path $Root 'examples/powershell/Invoke-ManifestRender.ps1') -Path (Join-Path $dir 'product-launch.yaml')
        $outcomes.Count | Should -BeGreaterThan 0
    }

    It 'Remove-FailedVideos.ps1 -WhatIf deletes nothing' {
        $before = VideoCount
        & (Join-Path $Root 'examples/powershell/Remove-FailedVideos.ps1') -WhatIf
        VideoCount | Should -Be $before
    }
}
