namespace Simulation.Application;

/// <summary>
/// An option's value that the inputs it is checked against cannot take, found only once they are read (an output or a
/// regime mode the scenario does not have): a bad argument, whose message names the option, what it takes and the value
/// given, as a value refused while the command line is parsed would be.
/// </summary>
/// <param name="option">The option, as the command line writes it (<c>--output</c>).</param>
/// <param name="message">The whole message, starting with the option.</param>
public sealed class OptionValueException(string option, string message) : Exception(message)
{
    /// <summary>The option whose value is refused.</summary>
    public string Option { get; } = option;
}
