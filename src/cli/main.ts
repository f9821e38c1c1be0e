process.stdout.write('poc-readiness\n');
