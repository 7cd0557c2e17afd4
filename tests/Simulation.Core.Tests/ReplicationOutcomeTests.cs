using System.Collections;
using System.Globalization;
using System.Reflection;
using Simulation.Core.Regimes;

namespace Simulation.Core.Tests;

/// <summary>The reusable buffer of one replication's results: its layout of winners, clearing and copying.</summary>
public class ReplicationOutcomeTests
{
    // Horizon 2000-2005. Project 0: once, in 2000, one winner. Project 1: every two years from 2000 (2000, 2002, 2004), two
    // winners. Project 2: in 2007, after the horizon.
    private static Scenario ThreeProjects()
    {
        var contest = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)));
        var project = contest.Projects[0];
        return contest with
        {
            Timeline = RegimeTimeline.Constant(2000, 2005, 0),
            Projects = [project, project with { Id = "every2", EveryYears = 2, Winners = 2 }, project with { Id = "late", Year = 2007 }],
        };
    }

    [Fact]
    public void WinningBids_HoldOneSlotPerWinnerPerSelectionWithinTheHorizon_ProjectAfterProject()
    {
        var outcome = new ReplicationOutcome(ThreeProjects());

        Assert.Equal(1 + (2 * 3), outcome.WinningBids.Length);
        outcome.AddWinner(1, 0b011);
        outcome.AddWinner(0, 0b100);

        Assert.Equal([0b100UL, 0b011UL, 0, 0, 0, 0, 0], outcome.WinningBids);
        Assert.Equal([0b100UL], outcome.Winners(0).ToArray());
        Assert.Equal([0b011UL], outcome.Winners(1).ToArray());
        Assert.Empty(outcome.Winners(2).ToArray());
    }

    [Fact]
    public void AWinnerBeyondAProjectsSlots_IsIgnored_AndTheNextProjectsSlotsAreLeftAlone()
    {
        var outcome = new ReplicationOutcome(ThreeProjects());

        outcome.AddWinner(0, 1);
        outcome.AddWinner(0, 2);

        Assert.Equal([1UL], outcome.Winners(0).ToArray());
        Assert.Equal(0UL, outcome.WinningBids[1]);
        Assert.Empty(outcome.Winners(1).ToArray());
    }

    [Fact]
    public void Clear_ResetsEveryResult_AndForgetsTheWinners()
    {
        // The winners' slots are not wiped: their counts are, so that no winner is read from them.
        var outcome = new ReplicationOutcome(DeliveryScenario());
        var empty = Describe(new ReplicationOutcome(DeliveryScenario()), except: nameof(ReplicationOutcome.WinningBids));
        Fill(outcome, 1);
        Assert.NotEqual(empty, Describe(outcome, except: nameof(ReplicationOutcome.WinningBids)));

        outcome.Clear();

        Assert.Equal(empty, Describe(outcome, except: nameof(ReplicationOutcome.WinningBids)));
        Assert.Empty(outcome.Winners(0).ToArray());
    }

    [Fact]
    public void CopyTo_CopiesEveryResult()
    {
        var source = new ReplicationOutcome(DeliveryScenario());
        var target = new ReplicationOutcome(DeliveryScenario());
        Fill(source, 1);
        Fill(target, 100);

        source.CopyTo(target);

        Assert.Equal(Describe(source), Describe(target));
    }

    // A scenario with a project held three times and two programmes with categories, so every buffer has entries.
    private static Scenario DeliveryScenario()
    {
        var contest = TestScenarios.Contest(3, 100, TestScenarios.Regime(TestScenarios.Scored(1.0)));
        var programme = Agents.DesignationBench.Programme(1, categories: [new("a", 0.5), new("b", 0.5)]);
        return contest with
        {
            Timeline = RegimeTimeline.Constant(2000, 2002, 0),
            Projects = [contest.Projects[0] with { EveryYears = 1 }],
            Programmes = [programme, programme],
        };
    }

    // Sets every array entry and every settable number to a distinct value from `start` on.
    private static void Fill(ReplicationOutcome outcome, int start)
    {
        var value = start;
        foreach (var property in typeof(ReplicationOutcome).GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name))
        {
            switch (property.GetValue(outcome))
            {
                case double[] doubles:
                    for (var i = 0; i < doubles.Length; i++)
                    {
                        doubles[i] = value++;
                    }
                    break;
                case int[] ints:
                    for (var i = 0; i < ints.Length; i++)
                    {
                        ints[i] = value++;
                    }
                    break;
                case ulong[] bids:
                    for (var i = 0; i < bids.Length; i++)
                    {
                        bids[i] = (ulong)value++;
                    }
                    break;
                case double when property.CanWrite:
                    property.SetValue(outcome, (double)value++);
                    break;
                case int when property.CanWrite:
                    property.SetValue(outcome, value++);
                    break;
            }
        }
    }

    // Every public property but `except`, arrays written out.
    private static string Describe(ReplicationOutcome outcome, string except = "") => string.Join("; ",
        typeof(ReplicationOutcome).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != except).OrderBy(p => p.Name).Select(p =>
            $"{p.Name}={(p.GetValue(outcome) is IEnumerable items ? string.Join(",", items.Cast<object>().Select(Text)) : Text(p.GetValue(outcome)!))}"));

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
