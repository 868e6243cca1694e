using System;
using System.Collections.Generic;
using System.Linq;
using HeyGen.Generator.Diagnostics;
using HeyGen.Generator.Model;
using HeyGen.Generator.Naming;
using HeyGen.Generator.Yaml;

namespace HeyGen.Generator.OpenApi;

/// <summary>
/// Turns JSON Schema nodes into <see cref="TypeRef"/>s and the named types behind them.
/// Component schemas keep their names; inline objects, enums and unions are named from their path.
/// </summary>
internal sealed class SchemaAnalyzer
{
    private const int MaxDepth = 64;
    private const string ComponentPrefix = "#/components/schemas/";

    private static readonly string[] ObjectReservedMembers = { "IsSet", "Unset", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };
    private static readonly string[] EnumReservedMembers = { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "GetType" };

    private readonly SpecContext _ctx;
    private readonly NameScope _typeNames;
    private readonly Dictionary<string, TypeRef> _byPointer = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly Dictionary<string, ObjectBuilder> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumModel> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionModel> _unions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unionsByShape = new(StringComparer.Ordinal);
    private readonly List<(string CopyName, string SourceName, UnionMembership Membership, string Origin)> _variantCopies = new();

    public SchemaAnalyzer(SpecContext ctx, NameScope typeNames)
    {
        _ctx = ctx;
        _typeNames = typeNames;
    }

    /// <summary>Claims the names of all component schemas first, so inline types never take them.</summary>
    public void ReserveComponents()
    {
        if (_ctx.Root.Map("components")?.Map("schemas") is not { } schemas)
        {
            return;
        }

        foreach (var entry in schemas.Entries)
        {
            var preferred = CSharpNames.Pascal(entry.Key.Value);
            var name = ClaimTypeName(preferred);
            if (name != preferred)
            {
                _ctx.Report(DiagnosticDescriptors.NameCollision, entry.Key.Span, entry.Key.Value, ComponentPrefix + SpecContext.Escape(entry.Key.Value), "type", name);
            }

            _componentNames[ComponentPrefix + SpecContext.Escape(entry.Key.Value)] = name;
        }
    }

    /// <summary>
    /// Builds every component schema, used or not: unions first (so a union repeated inline elsewhere takes the
    /// component's name), then the rest in document order.
    /// </summary>
    public void AnalyzeComponents()
    {
        if (_ctx.Root.Map("components")?.Map("schemas") is not { } schemas)
        {
            return;
        }

        foreach (var unionsFirst in new[] { true, false })
        {
            foreach (var entry in schemas.Entries)
            {
                if (!_ctx.Step())
                {
                    return;
                }

                var isUnion = entry.Value is YamlMapping m && m["discriminator"] is not null && (m["oneOf"] is not null || m["anyOf"] is not null);
                if (isUnion == unionsFirst)
                {
                    ResolveComponent(ComponentPrefix + SpecContext.Escape(entry.Key.Value), entry.Value, 0);
                }
            }
        }
    }

    /// <summary>Claims a type name and its converter's name together.</summary>
    public string ClaimTypeName(string preferred)
    {
        for (var i = 1; ; i++)
        {
            var candidate = i == 1 ? preferred : preferred + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!_typeNames.IsUsed(candidate) && !_typeNames.IsUsed(candidate + "JsonConverter"))
            {
                _typeNames.Reserve(candidate);
                _typeNames.Reserve(candidate + "JsonConverter");
                return candidate;
            }
        }
    }

    public TypeRef Resolve(YamlNode node, string pointer, string hint, int depth)
    {
        if (!_ctx.Step())
        {
            return TypeRef.Json;
        }

        if (depth > MaxDepth)
        {
            _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, node.Span, $"A schema nested deeper than {MaxDepth} levels", pointer);
            return TypeRef.Json;
        }

        if (node is YamlScalar scalar)
        {
            // JSON Schema allows `true` (anything) and `false` (nothing) as schemas.
            if (scalar.Kind != ScalarKind.Boolean)
            {
                _ctx.Report(DiagnosticDescriptors.InvalidStructure, node.Span, "A schema must be a mapping", pointer, "the value is typed as JsonElement");
            }

            return TypeRef.Json;
        }

        if (node is not YamlMapping map)
        {
            _ctx.Report(DiagnosticDescriptors.InvalidStructure, node.Span, "A schema must be a mapping, not a list", pointer, "the value is typed as JsonElement");
            return TypeRef.Json;
        }

        if (map["$ref"] is { } refNode)
        {
            return ResolveReference(map, refNode, depth);
        }

        var nullable = IsNullableFlag(map);

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (map[keyword] is not { } compositionNode)
            {
                continue;
            }

            if (compositionNode is not YamlSequence composition || composition.Items.Count == 0)
            {
                _ctx.Report(DiagnosticDescriptors.InvalidStructure, compositionNode.Span, $"'{keyword}' must be a non-empty list", pointer, "the value is typed as JsonElement");
                return TypeRef.Json;
            }

            var variants = new List<(YamlNode Node, string Pointer)>();
            var hasNull = false;
            for (var i = 0; i < composition.Items.Count; i++)
            {
                if (IsNullSchema(composition.Items[i]))
                {
                    hasNull = true;
                }
                else
                {
                    variants.Add((composition.Items[i], SpecContext.Child(SpecContext.Child(pointer, keyword), i.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                }
            }

            nullable |= hasNull;
            if (variants.Count == 0)
            {
                return TypeRef.Json;
            }

            if (variants.Count == 1 && map["discriminator"] is null)
            {
                return WithNull(Resolve(variants[0].Node, variants[0].Pointer, hint, depth + 1), nullable);
            }

            var union = ResolveUnion(map, variants, pointer, hint, depth);
            return union is null ? TypeRef.Json : WithNull(union, nullable);
        }

        if (map["allOf"] is { } allOfNode)
        {
            return WithNull(ResolveAllOf(map, allOfNode, pointer, hint, depth), nullable);
        }

        var types = TypesOf(map);
        if (types.Count > 1)
        {
            _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, $"A value of several types ({string.Join(", ", types)})", pointer);
            return TypeRef.Json;
        }

        if (map["enum"] is YamlSequence enumValues)
        {
            return WithNull(ResolveEnum(map, enumValues, pointer, hint, types.Count == 1 ? types[0] : null), nullable);
        }

        var type = types.Count == 1 ? types[0] : InferType(map);
        switch (type)
        {
            case "string":
                return StringType(map.Str("format")).AsNullable(nullable);
            case "integer":
                return (map.Str("format") == "int32" ? new TypeRef(TypeKind.Int32) : new TypeRef(TypeKind.Int64)).AsNullable(nullable);
            case "number":
                return NumberType(map.Str("format")).AsNullable(nullable);
            case "boolean":
                return new TypeRef(TypeKind.Boolean, Nullable: nullable);
            case "array":
                {
                    if (map["prefixItems"] is not null)
                    {
                        _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, "A tuple ('prefixItems')", pointer);
                        return TypeRef.Json;
                    }

                    var element = map["items"] is { } items
                        ? Resolve(items, SpecContext.Child(pointer, "items"), hint + "Item", depth + 1)
                        : TypeRef.Json;
                    return new TypeRef(TypeKind.Array, Element: element, Nullable: nullable);
                }

            case "object":
                return WithNull(ResolveObjectLike(map, pointer, hint, depth), nullable);
            case "null":
                return TypeRef.Json;
            default:
                if (map["const"] is YamlScalar constant)
                {
                    return ConstType(constant).AsNullable(nullable);
                }

                if (type is not null)
                {
                    // A misspelt or Swagger-only type ("file", "widget") must not pass silently as a free-form value.
                    _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map["type"]!.Span, $"The type '{type}'", pointer);
                }

                return TypeRef.Json;
        }
    }

    private TypeRef ResolveReference(YamlMapping map, YamlNode refNode, int depth)
    {
        if (refNode is not YamlScalar { Kind: ScalarKind.String } refScalar)
        {
            _ctx.Report(DiagnosticDescriptors.UnresolvedReference, refNode.Span, refNode is YamlScalar s ? s.Value : "(not a string)", "'$ref' must be a string");
            return TypeRef.Json;
        }

        var siblingNullable = IsNullableFlag(map);
        var target = _ctx.Follow(refScalar.Value, refScalar.Span);
        if (target is null)
        {
            return TypeRef.Json;
        }

        var (node, pointer) = target.Value;
        TypeRef resolved;
        if (_componentNames.ContainsKey(pointer))
        {
            resolved = ResolveComponent(pointer, node, depth + 1);
        }
        else if (_byPointer.TryGetValue(pointer, out var known))
        {
            resolved = known;
        }
        else
        {
            var hint = CSharpNames.Pascal(pointer.Substring(pointer.LastIndexOf('/') + 1));
            resolved = Resolve(node, pointer, hint, depth + 1);
        }

        return siblingNullable ? resolved.AsNullable() : resolved;
    }

    private TypeRef ResolveComponent(string pointer, YamlNode node, int depth)
    {
        if (_byPointer.TryGetValue(pointer, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(pointer))
        {
            // A component that is only an alias (array of itself, say) and refers back to itself.
            _ctx.Report(DiagnosticDescriptors.CyclicReference, node.Span, pointer, pointer + " -> " + pointer);
            return TypeRef.Json;
        }

        try
        {
            var name = _componentNames[pointer];
            var resolved = Resolve(node, pointer, name, depth);
            _byPointer[pointer] = resolved;
            return resolved;
        }
        finally
        {
            _inProgress.Remove(pointer);
        }
    }

    private string NameFor(string pointer, string hint) =>
        _componentNames.TryGetValue(pointer, out var componentName) ? componentName : ClaimTypeName(hint);

    private TypeRef ResolveObjectLike(YamlMapping map, string pointer, string hint, int depth)
    {
        var properties = map.Map("properties");
        var additional = map["additionalProperties"];
        if (properties is null || properties.Entries.Count == 0)
        {
            if (additional is YamlMapping additionalSchema)
            {
                var value = Resolve(additionalSchema, SpecContext.Child(pointer, "additionalProperties"), hint + "Value", depth + 1);
                return new TypeRef(TypeKind.Map, Element: value);
            }

            if (additional is YamlScalar { Kind: ScalarKind.Boolean } b && b.Value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return new TypeRef(TypeKind.Map, Element: TypeRef.Json);
            }

            // A free-form object: any JSON object.
            return TypeRef.Json;
        }

        if (_byPointer.TryGetValue(pointer, out var existing) && existing.Kind == TypeKind.Named)
        {
            return existing;
        }

        var builder = BuildObject(map, pointer, NameFor(pointer, hint), depth);
        return new TypeRef(TypeKind.Named, builder.Name, NamedKind: NamedKind.Object);
    }

    private ObjectBuilder BuildObject(YamlMapping map, string pointer, string name, int depth)
    {
        var builder = new ObjectBuilder(name, DescriptionOf(map), pointer, map.Flag("deprecated"));
        _objects[name] = builder;
        _order.Add(name);
        _byPointer[pointer] = new TypeRef(TypeKind.Named, name, NamedKind: NamedKind.Object);
        AddProperties(builder, map, pointer, depth);
        return builder;
    }

    private void AddProperties(ObjectBuilder builder, YamlMapping map, string pointer, int depth)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (map.Seq("required") is { } requiredList)
        {
            foreach (var item in requiredList.Items.OfType<YamlScalar>())
            {
                required.Add(item.Value);
            }
        }

        var members = new NameScope();
        members.Reserve(builder.Name);
        foreach (var reserved in ObjectReservedMembers)
        {
            members.Reserve(reserved);
        }

        foreach (var existing in builder.Properties)
        {
            members.Reserve(existing.CsName);
        }

        if (map.Map("properties") is { } properties)
        {
            foreach (var entry in properties.Entries)
            {
                var jsonName = entry.Key.Value;
                if (builder.Properties.Any(p => p.JsonName == jsonName))
                {
                    continue;
                }

                var preferred = CSharpNames.Pascal(jsonName);
                if (preferred == builder.Name)
                {
                    // C# forbids a member named like its type (CS0542): AssetId.asset_id becomes AssetIdValue.
                    preferred += "Value";
                }

                var csName = members.Claim(preferred);
                if (csName != preferred)
                {
                    _ctx.Report(DiagnosticDescriptors.NameCollision, entry.Key.Span, jsonName, SpecContext.Child(SpecContext.Child(pointer, "properties"), jsonName), "member of " + builder.Name, csName);
                }

                var propertyPointer = SpecContext.Child(SpecContext.Child(pointer, "properties"), jsonName);
                var schema = entry.Value;
                var isRequired = required.Contains(jsonName);
                var type = Resolve(schema, propertyPointer, builder.Name + CSharpNames.Pascal(jsonName), depth + 1);
                string? constJson = null;
                string? defaultJson = null;
                string? description = null;
                var deprecated = false;
                if (schema is YamlMapping propertyMap)
                {
                    description = DescriptionOf(propertyMap) ?? DescriptionOfTarget(propertyMap);
                    deprecated = propertyMap.Flag("deprecated");
                    if (propertyMap["default"] is { } defaultNode)
                    {
                        defaultJson = defaultNode.ToJson();
                    }

                    if (isRequired && propertyMap["const"] is YamlScalar { IsNull: false } constant)
                    {
                        constJson = constant.ToJson();
                        type = ConstType(constant);
                    }
                }

                builder.Properties.Add(new PropertyDraft(jsonName, csName, type, isRequired, description, constJson, defaultJson, deprecated));
            }
        }

        if (map["additionalProperties"] is { } additional)
        {
            if (additional is YamlMapping additionalSchema)
            {
                builder.AdditionalProperties = Resolve(additionalSchema, SpecContext.Child(pointer, "additionalProperties"), builder.Name + "AdditionalValue", depth + 1);
            }
            else if (additional is YamlScalar { Kind: ScalarKind.Boolean } flag && flag.Value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                builder.AdditionalProperties = TypeRef.Json;
            }
        }

        if (builder.AdditionalProperties is not null)
        {
            var preferred = "AdditionalProperties";
            if (members.IsUsed(preferred))
            {
                _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, "'additionalProperties' beside a property named 'additionalProperties'", pointer);
                builder.AdditionalProperties = null;
            }
        }
    }

    private TypeRef ResolveAllOf(YamlMapping map, YamlNode allOfNode, string pointer, string hint, int depth)
    {
        if (allOfNode is not YamlSequence parts || parts.Items.Count == 0)
        {
            _ctx.Report(DiagnosticDescriptors.InvalidStructure, allOfNode.Span, "'allOf' must be a non-empty list", pointer, "the value is typed as JsonElement");
            return TypeRef.Json;
        }

        var hasOwnProperties = map.Map("properties") is { Entries.Count: > 0 };
        if (parts.Items.Count == 1 && !hasOwnProperties)
        {
            return Resolve(parts.Items[0], SpecContext.Child(SpecContext.Child(pointer, "allOf"), "0"), hint, depth + 1);
        }

        if (_byPointer.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        // Composition of objects: one class with the properties of every part.
        var resolvedParts = new List<(YamlMapping Map, string Pointer)>();
        for (var i = 0; i < parts.Items.Count; i++)
        {
            var partPointer = SpecContext.Child(SpecContext.Child(pointer, "allOf"), i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var part = parts.Items[i];
            if (part is YamlMapping partMap && partMap.Str("$ref") is { } reference)
            {
                var target = _ctx.Follow(reference, partMap.Span);
                if (target is null)
                {
                    return TypeRef.Json;
                }

                part = target.Value.Node;
                partPointer = target.Value.Pointer;
            }

            if (part is not YamlMapping mapPart || mapPart["oneOf"] is not null || mapPart["anyOf"] is not null || mapPart["enum"] is not null
                || (TypesOf(mapPart) is { Count: > 0 } partTypes && !partTypes.Contains("object")))
            {
                _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, part.Span, "'allOf' of something other than objects", pointer);
                return TypeRef.Json;
            }

            resolvedParts.Add((mapPart, partPointer));
        }

        var builder = new ObjectBuilder(NameFor(pointer, hint), DescriptionOf(map), pointer, map.Flag("deprecated"));
        _objects[builder.Name] = builder;
        _order.Add(builder.Name);
        var result = new TypeRef(TypeKind.Named, builder.Name, NamedKind: NamedKind.Object);
        _byPointer[pointer] = result;
        foreach (var (partMap, partPointer) in resolvedParts)
        {
            if (partMap["allOf"] is not null)
            {
                // Nested composition: flatten through the resolved parts' own properties.
                var nested = ResolveAllOf(partMap, partMap["allOf"]!, partPointer, builder.Name + "Part", depth + 1);
                if (nested.Kind == TypeKind.Named && _objects.TryGetValue(nested.Name!, out var nestedBuilder))
                {
                    foreach (var property in nestedBuilder.Properties.Where(p => builder.Properties.All(b => b.JsonName != p.JsonName)))
                    {
                        builder.Properties.Add(property);
                    }
                }

                continue;
            }

            AddProperties(builder, partMap, partPointer, depth + 1);
        }

        AddProperties(builder, map, pointer, depth + 1);
        return result;
    }

    private TypeRef ResolveEnum(YamlMapping map, YamlSequence values, string pointer, string hint, string? declaredType)
    {
        var nonNull = values.Items.Where(v => v is not YamlScalar { IsNull: true }).ToList();
        var hasNull = nonNull.Count < values.Items.Count;
        if (nonNull.Count == 0)
        {
            return TypeRef.Json;
        }

        if (nonNull.Any(v => v is not YamlScalar))
        {
            _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, "An enum of objects or lists", pointer);
            return TypeRef.Json;
        }

        var scalars = nonNull.Cast<YamlScalar>().ToList();
        var isStringEnum = declaredType == "string" || (declaredType is null && scalars.All(s => s.Kind == ScalarKind.String));
        if (!isStringEnum)
        {
            // Integer and number enums stay numbers; their values are listed in the documentation.
            return declaredType switch
            {
                "integer" => new TypeRef(map.Str("format") == "int32" ? TypeKind.Int32 : TypeKind.Int64, Nullable: hasNull),
                "number" => NumberType(map.Str("format")).AsNullable(hasNull),
                "boolean" => new TypeRef(TypeKind.Boolean, Nullable: hasNull),
                _ => Unsupported(map, pointer, "An enum mixing strings with other values"),
            };
        }

        if (_byPointer.TryGetValue(pointer, out var existing))
        {
            return WithNull(existing, hasNull);
        }

        var name = NameFor(pointer, hint);
        var members = new NameScope();
        members.Reserve(name);
        foreach (var reserved in EnumReservedMembers)
        {
            members.Reserve(reserved);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var enumMembers = new List<EnumMember>();
        foreach (var scalar in scalars)
        {
            if (!seen.Add(scalar.Value))
            {
                continue;
            }

            var preferred = CSharpNames.Pascal(scalar.Value);
            var csName = members.Claim(preferred);
            if (csName != preferred)
            {
                _ctx.Report(DiagnosticDescriptors.NameCollision, scalar.Span, scalar.Value, pointer, "member of enum " + name, csName);
            }

            enumMembers.Add(new EnumMember(scalar.Value, csName, null));
        }

        _enums[name] = new EnumModel(name, DescriptionOf(map), pointer, map.Flag("deprecated"), enumMembers.ToEquatableArray());
        _order.Add(name);
        var result = new TypeRef(TypeKind.Named, name, NamedKind: NamedKind.Enum);
        _byPointer[pointer] = result;
        return WithNull(result, hasNull);
    }

    /// <summary>Adds nullability; never removes what the inner schema already allows.</summary>
    private static TypeRef WithNull(TypeRef type, bool nullable) => nullable && type.Kind != TypeKind.Json ? type.AsNullable() : type;

    private TypeRef Unsupported(YamlMapping map, string pointer, string what)
    {
        _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, what, pointer);
        return TypeRef.Json;
    }

    private TypeRef? ResolveUnion(YamlMapping map, List<(YamlNode Node, string Pointer)> variants, string pointer, string hint, int depth)
    {
        if (_byPointer.TryGetValue(pointer, out var existing))
        {
            return existing;
        }

        string? propertyName;
        var explicitMapping = new List<(string Value, YamlNode RefSite, string Reference)>();
        if (map.Map("discriminator") is { } discriminator)
        {
            propertyName = discriminator.Str("propertyName");
            if (string.IsNullOrEmpty(propertyName))
            {
                _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, discriminator.Span, pointer, "the discriminator has no 'propertyName'; the value is typed as JsonElement");
                return null;
            }

            if (discriminator.Map("mapping") is { } mapping)
            {
                foreach (var entry in mapping.Entries)
                {
                    // HeyGen publishes mapping values both as strings and as {$ref: ...} objects.
                    var reference = entry.Value switch
                    {
                        YamlScalar { IsNull: false } s => s.Value,
                        YamlMapping m when m.Str("$ref") is { } r => r,
                        _ => null,
                    };
                    if (reference is null)
                    {
                        _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, entry.Value.Span, pointer, $"the mapping for '{entry.Key.Value}' is neither a reference string nor a {{$ref}} object; it is ignored");
                        continue;
                    }

                    if (!reference.StartsWith("#", StringComparison.Ordinal))
                    {
                        // A bare schema name is shorthand for a component.
                        reference = ComponentPrefix + reference;
                    }

                    explicitMapping.Add((entry.Key.Value, entry.Value, reference));
                }
            }
        }
        else
        {
            propertyName = InferDiscriminator(variants);
            if (propertyName is null)
            {
                _ctx.Report(DiagnosticDescriptors.UnsupportedConstruct, map.Span, "A 'oneOf'/'anyOf' without a discriminator (and no shared 'const' property to infer one from)", pointer);
                return null;
            }
        }

        // Pair every discriminator value with the schema that answers to it.
        var entries = new List<(string Value, YamlNode Node, string Pointer, SourceSpan Span)>();
        var variantPointers = new HashSet<string>(StringComparer.Ordinal);
        var resolvedVariants = new List<(YamlNode Node, string Pointer, SourceSpan Span, string? RefPointer)>();
        foreach (var (node, variantPointer) in variants)
        {
            if (node is YamlMapping vm && vm.Str("$ref") is { } r)
            {
                var target = _ctx.Follow(r, vm.Span);
                if (target is null)
                {
                    continue;
                }

                variantPointers.Add(target.Value.Pointer);
                resolvedVariants.Add((target.Value.Node, target.Value.Pointer, vm.Span, target.Value.Pointer));
            }
            else
            {
                resolvedVariants.Add((node, variantPointer, node.Span, null));
            }
        }

        foreach (var (value, site, reference) in explicitMapping)
        {
            var target = _ctx.Follow(reference, site.Span);
            if (target is null)
            {
                continue;
            }

            if (!variantPointers.Contains(target.Value.Pointer))
            {
                _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, site.Span, pointer, $"the mapping for '{value}' names '{reference}', which is not one of the oneOf variants; it is used anyway");
            }

            entries.Add((value, target.Value.Node, target.Value.Pointer, site.Span));
        }

        foreach (var variant in resolvedVariants)
        {
            if (entries.Any(e => e.Pointer == variant.Pointer))
            {
                continue;
            }

            var value = ConstOfProperty(variant.Node, propertyName!);
            if (value is null && variant.RefPointer is not null && variant.RefPointer.StartsWith(ComponentPrefix, StringComparison.Ordinal))
            {
                value = variant.RefPointer.Substring(ComponentPrefix.Length).Replace("~1", "/").Replace("~0", "~");
            }

            if (value is null)
            {
                _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, variant.Span, pointer, $"a variant has no mapping entry and no const '{propertyName}' value; it is left out");
                continue;
            }

            if (entries.Any(e => e.Value == value))
            {
                _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, variant.Span, pointer, $"two variants answer to '{propertyName}' = '{value}'; the first is used");
                continue;
            }

            entries.Add((value, variant.Node, variant.Pointer, variant.Span));
        }

        if (entries.Count == 0)
        {
            _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, map.Span, pointer, "no variant could be paired with a discriminator value; the value is typed as JsonElement");
            return null;
        }

        // Two unions over the same component variants are one type (HeyGen repeats its asset unions inline).
        var allComponents = entries.All(e => _componentNames.ContainsKey(e.Pointer));
        var shape = allComponents
            ? propertyName + "|" + string.Join("|", entries.OrderBy(e => e.Value, StringComparer.Ordinal).Select(e => e.Value + "=" + e.Pointer))
            : null;
        if (shape is not null && !_unionsByShape.ContainsKey(shape) && !_componentNames.ContainsKey(pointer))
        {
            // An inline union met before the component union it repeats (inside a variant of an earlier union, say):
            // resolve that component now, so the shared type keeps the component's name instead of this path's.
            ResolvePendingComponentUnion(propertyName!, entries.Select(e => e.Pointer).ToList(), depth);
        }

        if (shape is not null && _unionsByShape.TryGetValue(shape, out var sameUnion))
        {
            var shared = new TypeRef(TypeKind.Named, sameUnion, NamedKind: NamedKind.Union);
            _byPointer[pointer] = shared;
            return shared;
        }

        var name = NameFor(pointer, hint);
        var result = new TypeRef(TypeKind.Named, name, NamedKind: NamedKind.Union);
        _byPointer[pointer] = result;
        if (shape is not null)
        {
            _unionsByShape[shape] = name;
        }

        _order.Add(name);
        var discriminatorCsName = CSharpNames.Pascal(propertyName!);
        if (discriminatorCsName == name)
        {
            discriminatorCsName += "Value";
        }

        var caseNames = new NameScope();
        var unionVariants = new List<UnionVariant>();
        foreach (var (value, node, variantPointer, span) in entries)
        {
            var caseName = caseNames.Claim(CSharpNames.Pascal(value));
            var membership = new UnionMembership(name, propertyName!, discriminatorCsName, value);
            string? variantType;
            if (_componentNames.ContainsKey(variantPointer))
            {
                var component = ResolveComponent(variantPointer, node, depth + 1);
                variantType = component.NamedKind == NamedKind.Object ? component.Name : null;
                if (variantType is not null)
                {
                    var builder = _objects[variantType];
                    if (builder.Membership is null)
                    {
                        builder.Membership = membership;
                    }
                    else
                    {
                        // Already a variant elsewhere: C# has one base class, so this union gets its own copy.
                        var copyName = ClaimTypeName(name + caseName);
                        _variantCopies.Add((copyName, variantType, membership, variantPointer));
                        _order.Add(copyName);
                        variantType = copyName;
                    }
                }
            }
            else
            {
                var inline = node is YamlMapping inlineMap && IsObjectSchema(inlineMap)
                    ? BuildObject(inlineMap, variantPointer, ClaimTypeName(name + caseName), depth + 1)
                    : null;
                if (inline is not null)
                {
                    inline.Membership = membership;
                }

                variantType = inline?.Name;
            }

            if (variantType is null)
            {
                _ctx.Report(DiagnosticDescriptors.DiscriminatorProblem, span, pointer, $"the variant for '{value}' is not an object schema; it is left out");
                continue;
            }

            unionVariants.Add(new UnionVariant(value, variantType, caseName));
        }

        _unions[name] = new UnionModel(name, DescriptionOf(map), pointer, map.Flag("deprecated"), propertyName!, discriminatorCsName, unionVariants.ToEquatableArray());
        return result;
    }

    /// <summary>Resolves the not yet analysed component union (if any) whose discriminator and variants are exactly these.</summary>
    private void ResolvePendingComponentUnion(string propertyName, List<string> variantPointers, int depth)
    {
        if (_ctx.Root.Map("components")?.Map("schemas") is not { } schemas || variantPointers.Any(_inProgress.Contains))
        {
            return;
        }

        foreach (var entry in schemas.Entries)
        {
            var componentPointer = ComponentPrefix + SpecContext.Escape(entry.Key.Value);
            if (entry.Value is not YamlMapping m || _byPointer.ContainsKey(componentPointer) || _inProgress.Contains(componentPointer)
                || m.Map("discriminator")?.Str("propertyName") != propertyName || (m.Seq("oneOf") ?? m.Seq("anyOf")) is not { } list)
            {
                continue;
            }

            var targets = list.Items.Where(i => !IsNullSchema(i)).Select(i => i is YamlMapping im && im.Str("$ref") is { } r ? QuietTarget(r) : null).ToList();
            if (targets.Count == variantPointers.Count && targets.All(t => t is not null && variantPointers.Contains(t)))
            {
                ResolveComponent(componentPointer, entry.Value, depth + 1);
                return;
            }
        }
    }

    /// <summary>Where a chain of references ends, without reporting problems (the real resolution reports them).</summary>
    private string? QuietTarget(string reference)
    {
        for (var i = 0; i < 16; i++)
        {
            if (_ctx.ResolvePointer(reference, out _) is not { } node)
            {
                return null;
            }

            if (node is not YamlMapping map || map.Str("$ref") is not { } next || map.Entries.Count > 3 || map.ContainsKey("properties"))
            {
                return reference;
            }

            reference = next;
        }

        return null;
    }

    /// <summary>Without a discriminator, a property that every variant fixes with a distinct const can serve as one.</summary>
    private string? InferDiscriminator(List<(YamlNode Node, string Pointer)> variants)
    {
        var maps = new List<YamlMapping>();
        foreach (var (node, _) in variants)
        {
            var target = node;
            if (node is YamlMapping m && m.Str("$ref") is { } r)
            {
                var resolved = _ctx.ResolvePointer(r, out _);
                target = resolved ?? node;
            }

            if (target is not YamlMapping map || map.Map("properties") is null)
            {
                return null;
            }

            maps.Add(map);
        }

        var candidates = maps[0].Map("properties")!.Entries.Select(e => e.Key.Value).ToList();
        candidates.Sort((a, b) => (b == "type").CompareTo(a == "type"));
        foreach (var candidate in candidates)
        {
            var values = maps.Select(m => ConstOfProperty(m, candidate)).ToList();
            if (values.All(v => v is not null) && values.Distinct(StringComparer.Ordinal).Count() == values.Count)
            {
                return candidate;
            }
        }

        return null;
    }

    private string? ConstOfProperty(YamlNode variant, string propertyName)
    {
        if (variant is not YamlMapping map)
        {
            return null;
        }

        var property = map.Map("properties")?[propertyName];
        if (property is YamlMapping pm && pm.Str("$ref") is { } r)
        {
            property = _ctx.ResolvePointer(r, out _);
        }

        if (property is not YamlMapping propertyMap)
        {
            return null;
        }

        if (propertyMap["const"] is YamlScalar { IsNull: false } constant)
        {
            return constant.Value;
        }

        return propertyMap.Seq("enum") is { Items.Count: 1 } single && single.Items[0] is YamlScalar { IsNull: false } only ? only.Value : null;
    }

    private static bool IsObjectSchema(YamlMapping map) =>
        map.Map("properties") is not null || map["allOf"] is not null || TypesOf(map).Contains("object");

    public static List<string> TypesOf(YamlMapping map)
    {
        var result = new List<string>();
        switch (map["type"])
        {
            case YamlScalar { IsNull: true }:
                result.Add("null");
                break;
            case YamlScalar s:
                result.Add(s.Value);
                break;
            case YamlSequence seq:
                foreach (var item in seq.Items.OfType<YamlScalar>())
                {
                    var value = item.IsNull ? "null" : item.Value;
                    if (value != "null" && !result.Contains(value))
                    {
                        result.Add(value);
                    }
                }

                break;
        }

        return result;
    }

    private static bool IsNullableFlag(YamlMapping map)
    {
        if (map.Flag("nullable") || map.Flag("x-nullable"))
        {
            return true;
        }

        if (map["type"] is YamlSequence seq && seq.Items.OfType<YamlScalar>().Any(s => s.IsNull || s.Value == "null"))
        {
            return true;
        }

        return map.Seq("enum") is { } values && values.Items.Any(v => v is YamlScalar { IsNull: true });
    }

    public static bool IsNullSchema(YamlNode node)
    {
        if (node is not YamlMapping map)
        {
            return false;
        }

        if (map["type"] is YamlScalar t && (t.IsNull || t.Value == "null"))
        {
            return true;
        }

        if (map["type"] is YamlSequence seq && seq.Items.Count == 1 && seq.Items[0] is YamlScalar only && (only.IsNull || only.Value == "null"))
        {
            return true;
        }

        if (map.ContainsKey("const") && map["const"] is YamlScalar { IsNull: true })
        {
            return true;
        }

        return map.Seq("enum") is { Items.Count: 1 } e && e.Items[0] is YamlScalar { IsNull: true };
    }

    private static string? InferType(YamlMapping map)
    {
        if (map["properties"] is not null || map["additionalProperties"] is not null)
        {
            return "object";
        }

        if (map["items"] is not null)
        {
            return "array";
        }

        if (map["format"] is not null || map["pattern"] is not null || map["minLength"] is not null || map["maxLength"] is not null)
        {
            return "string";
        }

        return null;
    }

    private static TypeRef StringType(string? format) => format switch
    {
        "date-time" => new TypeRef(TypeKind.DateTimeOffset),
        "uuid" => new TypeRef(TypeKind.Guid),
        "uri" or "url" => new TypeRef(TypeKind.Uri),
        "byte" => new TypeRef(TypeKind.Bytes),
        "binary" => new TypeRef(TypeKind.Binary),
        _ => TypeRef.String,
    };

    private static TypeRef NumberType(string? format) => format switch
    {
        "float" => new TypeRef(TypeKind.Float),
        "int32" => new TypeRef(TypeKind.Int32),
        "int64" => new TypeRef(TypeKind.Int64),
        "decimal" => new TypeRef(TypeKind.Decimal),
        _ => new TypeRef(TypeKind.Double),
    };

    private static TypeRef ConstType(YamlScalar constant) => constant.Kind switch
    {
        ScalarKind.Boolean => new TypeRef(TypeKind.Boolean),
        ScalarKind.Integer => new TypeRef(TypeKind.Int64),
        ScalarKind.Float => new TypeRef(TypeKind.Double),
        _ => TypeRef.String,
    };

    public static string? DescriptionOf(YamlMapping map)
    {
        var text = map.Str("description") ?? map.Str("title");
        return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
    }

    private string? DescriptionOfTarget(YamlMapping map)
    {
        if (map.Str("$ref") is { } r && _ctx.ResolvePointer(r, out _) is YamlMapping target)
        {
            return DescriptionOf(target);
        }

        return null;
    }

    /// <summary>All named types in a stable order: document order of first appearance.</summary>
    public EquatableArray<NamedType> Freeze()
    {
        foreach (var (copyName, sourceName, membership, origin) in _variantCopies)
        {
            var copy = _objects[sourceName].CopyAs(copyName, origin);
            copy.Membership = membership;
            _objects[copyName] = copy;
        }

        var result = new List<NamedType>();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in _order)
        {
            if (!emitted.Add(name))
            {
                continue;
            }

            if (_objects.TryGetValue(name, out var builder))
            {
                result.Add(builder.Freeze());
            }
            else if (_enums.TryGetValue(name, out var enumModel))
            {
                result.Add(enumModel);
            }
            else if (_unions.TryGetValue(name, out var union))
            {
                result.Add(union);
            }
        }

        return result.ToEquatableArray();
    }

    public IReadOnlyList<PropertyDraft>? ObjectProperties(string name) =>
        _objects.TryGetValue(name, out var builder) ? builder.Properties : null;

    /// <summary>The schema of an operation's JSON envelope, as an object mapping (following references), or null.</summary>
    public YamlMapping? AsObjectSchema(YamlNode node)
    {
        var current = node;
        for (var i = 0; i < 8 && current is YamlMapping m && m.Str("$ref") is { } r; i++)
        {
            current = _ctx.ResolvePointer(r, out _);
        }

        return current as YamlMapping;
    }
}
