namespace HeyGen;

/// <summary>Hand-written helpers share the generated transport's HttpClient and clock.</summary>
internal sealed partial class HeyGenTransport
{
    internal HttpClient Http => _http;

    internal TimeProvider Clock => Options.TimeProvider ?? TimeProvider.System;
}
