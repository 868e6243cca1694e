using HeyGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HeyGen.Generator.Model;

/// <summary>An equatable stand-in for a Roslyn <see cref="Diagnostic"/> (which is not cacheable).</summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, SourceSpan Span, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Get(Id);
        var location = FilePath.Length == 0
            ? Location.None
            : Location.Create(
                FilePath,
                new TextSpan(Span.Start, System.Math.Max(0, Span.End - Span.Start)),
                new LinePositionSpan(new LinePosition(Span.StartLine, Span.StartColumn), new LinePosition(Span.EndLine, Span.EndColumn)));
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
