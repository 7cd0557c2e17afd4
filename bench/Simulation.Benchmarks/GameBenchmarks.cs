using BenchmarkDotNet.Attributes;
using Simulation.Core.Bidding;
using Simulation.Core.Regimes;
using Simulation.Experiments.Games;
using Simulation.Experiments.Replay;

namespace Simulation.Benchmarks;

/// <summary>What the classroom server computes when a teacher presses a button: a whole participatory game (three rounds,
/// two played regions), the comparison with the model's games at the end, and a replay of one replication.</summary>
[MemoryDiagnoser]
public class GameBenchmarks
{
    private int _roh;
    private int _daegu;
    private ParticipatoryGame _finished = null!;

    /// <summary>Plays one game to its end, to compare.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _roh = Baseline.Scenario.Regimes.ToList().FindIndex(r => r.Id == "roh");
        _daegu = Baseline.Scenario.Regions.ToList().FindIndex(r => r.Id == "daegu");
        _finished = PlayGame();
    }

    /// <summary>Every phase of a three-round game, with a player deciding in each round.</summary>
    [Benchmark]
    public ParticipatoryGame PlayGame()
    {
        var game = new ParticipatoryGame(Baseline.Scenario, Baseline.Scenario.Seed, _roh);
        game.Seat(_daegu);
        while (game.Phase != GamePhase.Finished)
        {
            if (game.Phase == GamePhase.Deciding)
            {
                game.Decide(_daegu, new PlayerChoice(true, game.Brief(_daegu).UsualEffortBillionWon, true));
            }
            game.Advance();
        }
        return game;
    }

    /// <summary>The end-of-game comparison with 1,000 games the model plays alone (the server's default).</summary>
    [Benchmark]
    public GameComparison CompareWithTheModel() => GameComparison.Of(_finished, 1000);

    /// <summary>One replication told year by year (the page's replay).</summary>
    [Benchmark]
    public ReplicationReplay Replay() => ReplicationReplay.Run(Baseline.Scenario, RegimeMode.Timeline, Baseline.Scenario.Seed, 3);
}
