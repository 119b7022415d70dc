"""The mail benchmark runs end to end at a tiny size; its figures are output only."""

from benchmarks.mail import main


def test_the_mail_benchmark_sends_what_it_composed():
    figures = main(["--foreningar", "3", "--repeat", "1"])
    assert set(figures) == {"mails", "floor_compose_s", "send_s", "floor_cpu_s", "send_cpu_s",
                            "ratio", "cpu_ratio"}
    # main() raises when a mail failed or when send and the floor handled different mails.
    assert figures["mails"] > 0
