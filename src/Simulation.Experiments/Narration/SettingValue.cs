namespace Simulation.Experiments.Narration;

/// <summary>One setting of a run as its reader saw it, for saying what moved between two runs.</summary>
/// <param name="Key">What identifies the setting across runs (a parameter path).</param>
/// <param name="Label">Its label, as the page shows it ("Weight on equity (Regionalized concentration)").</param>
/// <param name="Shown">Its value as the page shows it ("₩6,297.5 bn", "8.5 %", "on").</param>
public sealed record SettingValue(string Key, string Label, string Shown);
