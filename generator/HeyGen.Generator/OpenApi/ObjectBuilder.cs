using System.Collections.Generic;
using System.Linq;
using HeyGen.Generator.Model;

namespace HeyGen.Generator.OpenApi;

/// <summary>A property as read from the schema, before presence bits and union rules are applied.</summary>
internal sealed record PropertyDraft(string JsonName, string CsName, TypeRef Type, bool Required, string? Description, string? ConstJson, string? DefaultJson, bool Deprecated);

/// <summary>
/// An object type under construction. Mutable because a union may claim it as a variant after it was built
/// (components are read in document order); frozen into an immutable <see cref="ObjectModel"/> at the end.
/// </summary>
internal sealed class ObjectBuilder
{
    public ObjectBuilder(string name, string? description, string origin, bool deprecated)
    {
        Name = name;
        Description = description;
        Origin = origin;
        Deprecated = deprecated;
    }

    public string Name { get; }

    public string? Description { get; }

    public string Origin { get; }

    public bool Deprecated { get; }

    public List<PropertyDraft> Properties { get; } = new();

    public TypeRef? AdditionalProperties { get; set; }

    public UnionMembership? Membership { get; set; }

    public ObjectBuilder CopyAs(string name, string origin)
    {
        var copy = new ObjectBuilder(name, Description, origin, Deprecated) { AdditionalProperties = AdditionalProperties };
        copy.Properties.AddRange(Properties);
        return copy;
    }

    public ObjectModel Freeze()
    {
        var drafts = new List<PropertyDraft>(Properties);
        if (Membership is { } m)
        {
            var discriminatorLiteral = JsonString(m.Value);
            var index = drafts.FindIndex(p => p.JsonName == m.DiscriminatorJsonName);
            if (index >= 0)
            {
                var existing = drafts[index];
                drafts.RemoveAt(index);
                drafts.Insert(0, existing with { CsName = m.DiscriminatorCsName, Type = TypeRef.String, Required = true, ConstJson = discriminatorLiteral });
            }
            else
            {
                drafts.Insert(0, new PropertyDraft(m.DiscriminatorJsonName, m.DiscriminatorCsName, TypeRef.String, true, "The discriminator, fixed for this variant.", discriminatorLiteral, null, false));
            }
        }

        var bit = 0;
        var properties = drafts.Select(d =>
        {
            var fixedOrRequired = d.Required || d.ConstJson is not null;
            return new PropertyModel(d.JsonName, d.CsName, d.Type, d.Required || d.ConstJson is not null, d.Description, d.ConstJson, d.DefaultJson, d.Deprecated, fixedOrRequired ? -1 : bit++);
        }).ToEquatableArray();

        return new ObjectModel(Name, Description, Origin, Deprecated, properties, AdditionalProperties, Membership);
    }

    private static string JsonString(string value)
    {
        var sb = new System.Text.StringBuilder();
        Yaml.YamlNodeExtensions.AppendString(sb, value);
        return sb.ToString();
    }
}
