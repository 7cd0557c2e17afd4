namespace Simulation.Experiments.Narration;

/// <summary>One plain-language sentence about a run, tagged with what it is about so a report can place it next to the
/// chart or table it explains.</summary>
/// <param name="Subject">A project id, or a metric name (for example <c>gini_resources_per_capita</c>).</param>
/// <param name="Text">The sentence, in plain English, ending with a full stop.</param>
public sealed record NarrativeSentence(string Subject, string Text);
