const {lint}=require('./out/src/engine/index.js');
const {parseDocument}=require('/work/main/node_modules/yaml');
const t=require('fs').readFileSync('examples/shipping-exceptions-good.poc.yaml','utf8');
for (let r=0;r<3;r++){
for (let i=0;i<50;i++) lint(t);
let s=process.hrtime.bigint(); for (let i=0;i<200;i++) lint(t); const a=Number(process.hrtime.bigint()-s)/200e6;
s=process.hrtime.bigint(); for (let i=0;i<200;i++) parseDocument(t); const b=Number(process.hrtime.bigint()-s)/200e6;
console.log('lint', a.toFixed(2), 'parse', b.toFixed(2), 'ratio', (a/b).toFixed(2));}
