namespace Simulation.Experiments.Games;

/// <summary>How one played region did against the model playing it: in the same world (the same luck), and over many games
/// with the same regimes year by year.</summary>
/// <param name="Region">The region's id.</param>
/// <param name="Name">The region's name.</param>
/// <param name="ClassWins">Projects the class's region won.</param>
/// <param name="ClassNetGainBillionWon">Its prize value won minus effort spent, ₩ billion.</param>
/// <param name="SameWorldWins">Projects the model's region won in the same world.</param>
/// <param name="SameWorldNetGainBillionWon">Its net gain there, ₩ billion.</param>
/// <param name="MeanWins">Mean projects won over the model's games.</param>
/// <param name="MeanNetGainBillionWon">Mean net gain over the model's games, ₩ billion.</param>
/// <param name="NetGainP05">5th percentile of the model's net gains, ₩ billion.</param>
/// <param name="NetGainP95">95th percentile of the model's net gains, ₩ billion.</param>
/// <param name="ShareOfGamesBeaten">Share of the model's games whose net gain the class beat (ties count half).</param>
/// <param name="Decided">Whether its players sent a decision in any round; when none did, the model played the region
/// throughout and its result says nothing about the class.</param>
/// <param name="ModelPlayedWins">Of <paramref name="ClassWins"/>, the projects won in rounds the model played for the region,
/// nobody in its team having decided for it: the model's wins, not the class's.</param>
/// <param name="Watched">Whether the region was a candidate in no round of the game, so there was nothing to decide for it.</param>
/// <param name="NetGainMedian">The model's net gain in its typical game, the median, ₩ billion. Where the region rarely wins a
/// large prize, most games are small losses and the mean lies above them, even above <paramref name="NetGainP95"/>: the
/// median says what the model usually gets.</param>
/// <param name="ShareOfGamesWon">Share of the model's games in which the region won at least one project.</param>
/// <param name="ShareOfGamesTied">Share of the model's games whose net gain equals the class's (a region that never bid and
/// the model's games in which it did not either): neither better nor worse, so the sentences say so apart.</param>
/// <param name="ModelPlayedEffortBillionWon">Of the effort counted against the class, the part the model spent in rounds it
/// played for the region (its share of a joint bid by population), nobody in its team having decided: said beside the net gain,
/// as <paramref name="ModelPlayedWins"/> is beside the wins, ₩ billion.</param>
public sealed record PlayerComparison(string Region, string Name, int ClassWins, double ClassNetGainBillionWon, int SameWorldWins,
    double SameWorldNetGainBillionWon, double MeanWins, double MeanNetGainBillionWon, double NetGainP05, double NetGainP95, double ShareOfGamesBeaten,
    bool Decided = true, int ModelPlayedWins = 0, bool Watched = false, double NetGainMedian = 0.0, double ShareOfGamesWon = 0.0, double ShareOfGamesTied = 0.0,
    double ModelPlayedEffortBillionWon = 0.0)
{
    /// <summary>Whether its players decided in some rounds and the model in others for it, winning or spending there: its net
    /// gain is then partly the model's play, so a verdict of better or worse than the model is not the class's alone.</summary>
    public bool PartlyModelPlayed => Decided && (ModelPlayedWins > 0 || ModelPlayedEffortBillionWon > 0);
}
