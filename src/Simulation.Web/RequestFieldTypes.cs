using System.Reflection;

namespace Simulation.Web;

/// <summary>
/// What a field of a request body must hold, read from the request's type, so that a body the serializer refuses is answered
/// with the field's own expectation ("effort must be a number") rather than a guess that fits every field.
/// </summary>
internal static class RequestFieldTypes
{
    /// <summary>Returns what <paramref name="field"/> (a dotted path in the web's camel case) of a <paramref name="body"/> must
    /// hold, or null when the body has no such field.</summary>
    public static string? Expectation(Type body, string field)
    {
        var type = body;
        foreach (var name in field.Split('.'))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (DictionaryValue(type) is { } values)
            {
                return Describe(values); // a key of a dictionary can be any text, dots and brackets included
            }
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }
            type = property.PropertyType;
        }
        return Describe(type);
    }

    private static Type? DictionaryValue(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? type.GetGenericArguments()[1] : null;

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(ulong) => "a whole number from 0 to 2^63 − 1, written as a JSON number",
            _ when type == typeof(int) || type == typeof(long) => "a whole number, written as a JSON number",
            _ when type == typeof(double) => "a number, written as a JSON number (not text, not NaN)",
            _ when type == typeof(string) => "text, in quotes",
            _ when DictionaryValue(type) is { } values => $"an object whose every value is {Describe(values)}",
            _ when type.IsArray || type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "a list",
            _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type).Select(n => $"\"{char.ToLowerInvariant(n[0])}{n[1..]}\""))}",
            _ => "an object with the fields the API reference gives",
        };
    }
}
