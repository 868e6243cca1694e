using System.Net.Http;
using HeyGen.Automation;

namespace HeyGen.PowerShell.Tests.Automation;

public sealed class RequestRedactorTests
{
    [Fact]
    public void Credential_headers_are_masked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.heygen.com/v3/videos");
        request.Headers.TryAddWithoutValidation("X-Api-Key", "sk-secret-123");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer tok-456");
        request.Headers.TryAddWithoutValidation("User-Agent", "HeyGen-PowerShell/0.1");
        var text = RequestRedactor.Describe(request);
        Assert.StartsWith("POST https://api.heygen.com/v3/videos", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-456", text, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key: ***", text, StringComparison.Ordinal);
        Assert.Contains("HeyGen-PowerShell/0.1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Presigned_url_signatures_are_masked_and_other_query_values_kept()
    {
        var text = RequestRedactor.RedactUrl(new Uri("https://files.test/v.mp4?X-Amz-Signature=abc&expires=99&token=t1&limit=5"));
        Assert.Equal("https://files.test/v.mp4?X-Amz-Signature=***&expires=99&token=***&limit=5", text);
    }
}
