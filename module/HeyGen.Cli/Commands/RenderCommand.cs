using System.CommandLine;
using HeyGen.Cli.Hosting;
using HeyGen.Cli.Output;
using HeyGen.Manifests;
using HeyGen.Manifests.Planning;
using HeyGen.Manifests.Rendering;

namespace HeyGen.Cli.Commands;

/// <summary><c>heygen render</c>: validate, lock, plan, render what is due, download, report.</summary>
internal static class RenderCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var command = new Command("render", "Render every scene that is new, changed, failed or unfinished; download finished videos; skip the rest. Safe to re-run: nothing is paid twice.")
        {
            common.Manifest,
            common.Json,
            common.Emulator,
            common.State,
            common.BaseUrl,
            common.Concurrency,
            common.WebhookListen,
            common.WebhookSecretEnv,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new RenderRequest(
                result.GetValue(common.Manifest)!.FullName,
                result.GetValue(common.Json),
                result.GetValue(common.Emulator),
                result.GetValue(common.State)?.FullName,
                result.GetValue(common.BaseUrl),
                result.GetValue(common.Concurrency),
                result.GetValue(common.WebhookListen),
                result.GetValue(common.WebhookSecretEnv));
            return CommandRunner.RunAsync(console, request.Json, () => RunAsync(console, request, cancellationToken));
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, RenderRequest request, CancellationToken cancellationToken)
    {
        if (request.Concurrency is < 1)
        {
            throw new CliConfigurationException("--concurrency must be at least 1.");
        }

        // Validate first: an invalid manifest must not even start the emulator or need a key.
        var validation = ManifestEngine.Validate(request.Manifest);
        if (!validation.IsValid)
        {
            throw new ManifestInvalidException(validation.Errors);
        }

        // Webhook options are checked before anything starts; the listener opens before the first create.
        var listen = request.WebhookListen is null ? null : WebhookListener.Configure(console, request.WebhookListen, request.WebhookSecretEnv, request.Emulator);
        await using var connection = await ApiConnection.OpenAsync(request.Emulator, request.BaseUrl, console, cancellationToken, request.Emulator ? listen?.Secret : null);
        var text = request.Json ? TextWriter.Null : console.Output;
        text.WriteLine("Rendering " + request.Manifest + " with " + connection.Description + ".");

        var progress = new RenderProgressWriter(text, console.IsTerminal && !request.Json);
        var options = new RenderOptions { Concurrency = request.Concurrency, Progress = progress };
        if (connection.IsEmulator)
        {
            // The emulator's clock runs fast; poll to match so the demo takes seconds.
            options.PollInterval = TimeSpan.FromMilliseconds(200);
            options.MaxPollInterval = TimeSpan.FromSeconds(1);
        }

        await using var webhooks = listen is null ? null : WebhookListener.Start(listen);
        if (webhooks is not null)
        {
            // Events do the work; the status poll is only the safety net for lost deliveries.
            options.VideoEvents = webhooks.Events;
            options.MaxPollInterval = connection.IsEmulator ? TimeSpan.FromSeconds(5) : options.MaxPollInterval;
            text.WriteLine("Listening for webhooks at " + webhooks.Url + (validation.Document!.CallbackUrl is { } callback
                ? "; the manifest's callback_url is " + callback + "."
                : "; the manifest sets no callback_url, so only a registered webhook endpoint that reaches it delivers events."));
        }

        var planned = new Synchronous<ManifestPlan>(plan => TextReports.Plan(text, plan));
        var result = await ManifestEngine.RenderAsync(request.Manifest, connection.Client, options, request.State, request.Emulator, "heygen render", planned, cancellationToken);
        progress.Complete();
        if (webhooks is not null)
        {
            text.WriteLine("Webhooks: " + webhooks.Forwarded + " video events received, " + webhooks.Refused + " deliveries refused (unsigned, altered or malformed).");
        }

        if (request.Json)
        {
            JsonOutput.Write(console.Output, ReportMapper.Render(request.Manifest, connection.Description, result), CliJsonContext.Default.JsonRender);
        }
        else
        {
            TextReports.Render(console.Output, result);
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.SceneFailed;
    }

    private sealed record RenderRequest(string Manifest, bool Json, bool Emulator, string? State, string? BaseUrl, int? Concurrency, string? WebhookListen, string? WebhookSecretEnv);

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and print out of order).</summary>
    private sealed class Synchronous<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
