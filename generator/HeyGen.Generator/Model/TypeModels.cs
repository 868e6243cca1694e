namespace HeyGen.Generator.Model;

/// <summary>A generated type: object, enum or discriminated union.</summary>
internal abstract record NamedType(string Name, string? Description, string Origin, bool Deprecated);

/// <summary>An object schema: a sealed class, or a sealed variant of a union when <see cref="Union"/> is set.</summary>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    string Origin,
    bool Deprecated,
    EquatableArray<PropertyModel> Properties,
    TypeRef? AdditionalProperties,
    UnionMembership? Union)
    : NamedType(Name, Description, Origin, Deprecated);

/// <summary>Where a variant sits in its union: the base type and the discriminator value it answers to.</summary>
internal sealed record UnionMembership(string UnionName, string DiscriminatorJsonName, string DiscriminatorCsName, string Value);

internal sealed record PropertyModel(
    string JsonName,
    string CsName,
    TypeRef Type,
    bool Required,
    string? Description,
    // The JSON literal of a <c>const</c> (or single-value enum) that fixes this member, or null.
    string? ConstJson,
    // The schema's <c>default</c> as a JSON literal, documentation only: absent stays absent.
    string? DefaultJson,
    bool Deprecated,
    // Bit index in the presence mask for optional members; -1 for required and const members.
    int PresenceBit);

/// <summary>A string enum, emitted as an extensible struct that keeps unknown server values.</summary>
internal sealed record EnumModel(string Name, string? Description, string Origin, bool Deprecated, EquatableArray<EnumMember> Members)
    : NamedType(Name, Description, Origin, Deprecated);

internal sealed record EnumMember(string Value, string CsName, string? Description);

/// <summary>A <c>oneOf</c> with a discriminator: an abstract base plus one sealed subtype per mapping entry.</summary>
internal sealed record UnionModel(
    string Name,
    string? Description,
    string Origin,
    bool Deprecated,
    string DiscriminatorJsonName,
    string DiscriminatorCsName,
    EquatableArray<UnionVariant> Variants)
    : NamedType(Name, Description, Origin, Deprecated);

internal sealed record UnionVariant(string Value, string TypeName, string CaseName);
