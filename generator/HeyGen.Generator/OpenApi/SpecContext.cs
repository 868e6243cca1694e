using System;
using System.Collections.Generic;
using System.Text;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Yaml;
using Microsoft.CodeAnalysis;

namespace HeyGen.Generator.OpenApi;

/// <summary>The document being analysed, its diagnostics, and JSON-pointer resolution of local <c>$ref</c>s.</summary>
internal sealed class SpecContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private int _budget;

    public SpecContext(string filePath, YamlMapping root, bool isOpenApi30, System.Threading.CancellationToken cancellationToken)
    {
        FilePath = filePath;
        Root = root;
        IsOpenApi30 = isOpenApi30;
        CancellationToken = cancellationToken;
    }

    public string FilePath { get; }

    public YamlMapping Root { get; }

    /// <summary>3.0 documents use <c>nullable: true</c>; 3.1 documents may still carry it and it is honoured there too.</summary>
    public bool IsOpenApi30 { get; }

    public System.Threading.CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public bool BudgetExceeded { get; private set; }

    /// <summary>
    /// Analysis steps allowed per document: more than ten times what a 20-fold copy of the HeyGen document needs (under 50,000), yet small
    /// enough that an alias bomb stops within seconds instead of holding the compiler for a minute.
    /// </summary>
    public const int MaxSteps = 500_000;

    /// <summary>Counts analysis steps; aliases in YAML can make a small file describe a huge tree.</summary>
    public bool Step()
    {
        if ((++_budget & 0x3FF) == 0)
        {
            CancellationToken.ThrowIfCancellationRequested();
        }

        if (_budget > MaxSteps && !BudgetExceeded)
        {
            BudgetExceeded = true;
            Report(DiagnosticDescriptors.DocumentTooComplex, Root.Span, "the document expands to more than 500,000 schema nodes (check YAML aliases); generation stopped early");
        }

        return !BudgetExceeded;
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] args) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, FilePath, span, args.ToEquatableArray()));

    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");

    public static string Child(string pointer, string segment) => pointer + "/" + Escape(segment);

    /// <summary>
    /// Follows a local reference (and chains of references) to the node it names.
    /// Returns null, after reporting, when the target is missing, external, or the chain loops.
    /// </summary>
    public (YamlNode Node, string Pointer)? Follow(string reference, SourceSpan span)
    {
        var seen = new List<string>();
        var current = reference;
        while (true)
        {
            if (seen.Contains(current))
            {
                seen.Add(current);
                Report(DiagnosticDescriptors.CyclicReference, span, reference, string.Join(" -> ", seen));
                return null;
            }

            seen.Add(current);
            var target = ResolvePointer(current, out var error);
            if (target is null)
            {
                Report(DiagnosticDescriptors.UnresolvedReference, span, current, error!);
                return null;
            }

            if (target is YamlMapping map && map.Str("$ref") is { } next && map.Entries.Count <= 3 && !map.ContainsKey("properties"))
            {
                current = next;
                continue;
            }

            return (target, current);
        }
    }

    /// <summary>Resolves "#/a/b" in this document. External files and URLs are not read.</summary>
    public YamlNode? ResolvePointer(string reference, out string? error)
    {
        error = null;
        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            error = "only references inside this document ('#/...') are supported";
            return null;
        }

        var pointer = Unescape(reference.Substring(1));
        if (pointer.Length == 0)
        {
            return Root;
        }

        if (pointer[0] != '/')
        {
            error = "a JSON pointer must start with '#/'";
            return null;
        }

        YamlNode node = Root;
        foreach (var raw in pointer.Substring(1).Split('/'))
        {
            var segment = raw.Replace("~1", "/").Replace("~0", "~");
            switch (node)
            {
                case YamlMapping map when map[segment] is { } child:
                    node = child;
                    break;
                case YamlSequence seq when int.TryParse(segment, out var index) && index >= 0 && index < seq.Items.Count:
                    node = seq.Items[index];
                    break;
                default:
                    error = $"'{segment}' does not exist";
                    return null;
            }
        }

        return node;
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('%') < 0)
        {
            return value;
        }

        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
