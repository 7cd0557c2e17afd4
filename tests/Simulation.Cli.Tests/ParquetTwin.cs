using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Simulation.Cli.Tests;

/// <summary>
/// Reads Parquet files with an independent reader (hyparquet under Node.js, <c>scripts/parquet/read.mjs</c>) and checks
/// them against the CSV tables they twin: the same columns in the same order, each of the expected Parquet type, and every
/// value equal (doubles exactly; an empty CSV field or <c>NaN</c> is a null, no value).
/// </summary>
internal static class ParquetTwin
{
    public const string Absent = "node or hyparquet is absent (.ci/run installs them: npm ci --prefix scripts/parquet)";

    private static readonly string Reader = Path.Combine(Regsim.Root, "scripts", "parquet", "read.mjs");

    public static bool ReaderAvailable =>
        File.Exists("/usr/bin/node") && Directory.Exists(Path.Combine(Regsim.Root, "scripts", "parquet", "node_modules", "hyparquet"));

    /// <summary>Returns the file as the reader prints it: metadata, columns, types and rows.</summary>
    public static ParquetContent Read(string path)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Reader);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the reader did not finish");
        Assert.True(process.ExitCode == 0, $"{path}: {error.Result}");
        var root = JsonDocument.Parse(output.Result).RootElement.Clone();
        return new ParquetContent(
            root.GetProperty("metadata").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            [.. root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)],
            [.. root.GetProperty("types").EnumerateArray().Select(TypeName)],
            [.. root.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray())],
            [.. root.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("repetition").ValueKind == JsonValueKind.String ? t.GetProperty("repetition").GetString() : null)]);
    }

    /// <summary>Asserts that <paramref name="parquet"/> holds the CSV file's table exactly, its columns of the types
    /// <paramref name="type"/> gives by name (<c>string</c>, <c>int32</c>, <c>int64</c>, <c>uint64</c>, <c>double</c>,
    /// <c>boolean</c>; regsim writes no integer but <c>int64</c>), and returns what the reader read.</summary>
    public static ParquetContent AssertEqualsCsv(string csv, string parquet, Func<string, string> type)
    {
        var content = Read(parquet);
        AssertEqualsCsv(ReadCsv(csv), content, type, $"{parquet} against {csv}");
        return content;
    }

    /// <summary>Asserts that <paramref name="content"/> holds the CSV table <paramref name="csv"/> (header first) exactly.</summary>
    public static void AssertEqualsCsv(IReadOnlyList<string[]> csv, ParquetContent content, Func<string, string> type, string what)
    {
        Assert.True(csv.Count > 0, $"{what}: the CSV file is empty");
        Assert.Equal(csv[0], content.Columns);
        Assert.Equal(content.Columns.Select(type), content.Types);
        Assert.True(csv.Count - 1 == content.Rows.Count, $"{what}: {content.Rows.Count} Parquet rows, {csv.Count - 1} CSV rows");
        for (var i = 0; i < content.Rows.Count; i++)
        {
            for (var c = 0; c < content.Columns.Count; c++)
            {
                var expected = csv[i + 1][c];
                var actual = content.Rows[i][c];
                var at = $"{what}, row {i + 1}, column {content.Columns[c]}";
                switch (content.Types[c])
                {
                    case "double":
                        Assert.True(SameDouble(expected, actual), $"{at}: CSV '{expected}', Parquet {actual.GetRawText()}");
                        break;
                    case "string":
                        Assert.True(actual.ValueKind == JsonValueKind.String && actual.GetString() == expected, $"{at}: CSV '{expected}', Parquet {actual.GetRawText()}");
                        break;
                    case "boolean":
                        Assert.True(actual.ValueKind is JsonValueKind.True or JsonValueKind.False && actual.GetRawText() == expected, $"{at}: CSV '{expected}', Parquet {actual.GetRawText()}");
                        break;
                    default: // integers: exact decimal text
                        var text = actual.ValueKind == JsonValueKind.String ? actual.GetString() : actual.GetRawText();
                        Assert.True(text == expected, $"{at}: CSV '{expected}', Parquet {actual.GetRawText()}");
                        break;
                }
            }
        }
    }

    /// <summary>Returns the records of a CSV file (RFC 4180: quoted fields may hold commas, quotes and line ends).</summary>
    public static List<string[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }
        }
        Assert.True(fields.Count == 0 && field.Length == 0, $"{path} does not end with a line end");
        return records;
    }

    // An empty field and "NaN" are no value, a null (not a NaN, which SQL readers average into NaN); infinities are spelled
    // out; any other value must parse to the same double.
    private static bool SameDouble(string expected, JsonElement actual) => expected switch
    {
        "" or "NaN" => actual.ValueKind == JsonValueKind.Null,
        "Infinity" or "-Infinity" => actual.ValueKind == JsonValueKind.String && actual.GetString() == expected,
        _ => actual.ValueKind == JsonValueKind.Number && double.Parse(expected, CultureInfo.InvariantCulture) == actual.GetDouble(),
    };

    // The Parquet type as the checks name it, from the physical type and its annotation.
    private static string TypeName(JsonElement type)
    {
        var physical = type.GetProperty("physical").GetString();
        var converted = type.GetProperty("converted").ValueKind == JsonValueKind.String ? type.GetProperty("converted").GetString() : null;
        return (physical, converted) switch
        {
            ("BYTE_ARRAY", "UTF8") => "string",
            ("INT32", null or "INT_32") => "int32",
            ("INT64", null or "INT_64") => "int64",
            ("INT64", "UINT_64") => "uint64",
            ("DOUBLE", null) => "double",
            ("BOOLEAN", null) => "boolean",
            _ => $"{physical}/{converted}",
        };
    }
}
