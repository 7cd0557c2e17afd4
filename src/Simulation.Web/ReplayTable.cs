using System.Text.Json.Serialization;

namespace Simulation.Web;

/// <summary>A table the replay page draws as sent: caption, column headings and every cell already worded on the server.</summary>
/// <param name="Caption">The table's caption.</param>
/// <param name="Columns">The columns, in order; the first names the row.</param>
/// <param name="Rows">The rows, one cell per column.</param>
public sealed record ReplayTable(string Caption, IReadOnlyList<ReplayColumn> Columns, IReadOnlyList<ReplayRow> Rows);

/// <summary>One column of a <see cref="ReplayTable"/>: its heading, and how its cells are shown.</summary>
/// <param name="Label">The column heading.</param>
/// <param name="Kind">How the page shows the column's cells.</param>
/// <param name="GivesWay">Whether the page leaves the column out on a narrow screen (a phone), so that the others fit
/// without scrolling sideways.</param>
/// <param name="Note">What the column's numbers mean, shown under the table (and left out with the column), or null when
/// its heading says enough.</param>
public sealed record ReplayColumn(string Label, ReplayColumnKind Kind, bool GivesWay = false, string? Note = null);

/// <summary>One row of a <see cref="ReplayTable"/>.</summary>
/// <param name="Cells">One text per column.</param>
/// <param name="Won">Whether the row is a winning bid, which the page highlights.</param>
public sealed record ReplayRow(IReadOnlyList<string> Cells, bool Won);

/// <summary>How the page shows a <see cref="ReplayColumn"/>'s cells, so the script needs no knowledge of which column is which.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReplayColumnKind>))]
public enum ReplayColumnKind
{
    /// <summary>Names the row (a row heading).</summary>
    [JsonStringEnumMemberName("label")]
    Label,

    /// <summary>A number, aligned right.</summary>
    [JsonStringEnumMemberName("number")]
    Number,

    /// <summary>A yes-or-no shown as a mark, with the cell's text for screen readers.</summary>
    [JsonStringEnumMemberName("mark")]
    Mark,
}
