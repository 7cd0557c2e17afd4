"""What the kit says when the Python running it lacks a module (pandas, matplotlib, pyarrow): how to get it for that very
Python, which for Debian's own Python is not what it is for another. Plain Python; used by regsim.py."""
import os
import sys


def lacks(module, debian_package, instead=None):
    """Says that the Python running this file (sys.executable) has no `module`, and how to get it for that Python: the
    system's package for the system's own Python (where Debian 12 has none, whose pip refuses to install into it, what to
    do `instead`), pip for any other (pyenv, a virtual environment, conda, ...), which the system's package does not reach."""
    python = sys.executable or "python3"
    said = f"the Python running this kit, {python}, has no {module}"
    if sys.prefix == sys.base_prefix == "/usr" and os.path.realpath(python).startswith("/usr/bin/"):
        return (f"{said}; it is the system's Python: apt-get install {debian_package} (Debian, Ubuntu)" if debian_package else
                f"{said}, and it is the system's Python, for which Debian 12 packages no {module} and pip refuses to install "
                f"one: {instead}; or run the kit with a Python of your own, such as a virtual environment (python3-venv: "
                f"python3 -m venv ENV; ENV/bin/pip install pandas {module}, from PyPI; then run the kit with ENV/bin/python)")
    said += f"; install it for that Python with {python} -m pip install {module}" + (f"; or {instead}" if instead else "")
    if debian_package and os.path.isfile("/usr/bin/python3") and os.path.realpath(python) != os.path.realpath("/usr/bin/python3"):
        said += f", or run the kit with /usr/bin/python3 after apt-get install {debian_package} (Debian, Ubuntu)"
    return said
