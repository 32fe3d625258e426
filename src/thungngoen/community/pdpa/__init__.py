"""PDPA registers (decision 0049): versioned privacy notices (``notices``), the
data-subject requests with their 30-day deadline (``requests``), erasure (``erasure``),
the access copy as JSON and PDF (``copy``), breaches with the 72-hour clock
(``breaches``), the reads log for the coordinator and the person (``reads_log``), and who
may do what (``rights``)."""
