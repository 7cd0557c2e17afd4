using CsvHelper;

namespace Simulation.Output.Csv;

// Converter for the double columns of the class maps: round-trip text, NaN as an empty field and back.
internal sealed class RoundTripDouble : ICsvConverter<double>
{
    public double Read(CsvReader reader, int index) =>
        reader.IsEmpty(index) ? double.NaN : reader.Parse<double>(index);

    public void Write(CsvWriter writer, double value) => CsvSettings.WriteDouble(writer, value);
}
