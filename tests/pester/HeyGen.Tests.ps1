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
        'Connect-HeyGen', 'Get-HeyGenAvatar', 'New-HeyGenVideo', 'Wait-HeyGenVideo', 'Save-HeyGenVideo', 'Invoke-HeyGenManifest'
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
