import { describe, expect, it } from 'vitest';
import { samToScenario } from './samToScenario';

// A template as people write them by hand: no playground metadata, both intrinsic forms,
// Globals, an implicit API, and things the playground does not simulate.
const handWritten = `
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders service
Parameters:
  Memory:
    Type: Number
    Default: 512
Globals:
  Function:
    Runtime: nodejs22.x
    Timeout: 10
    Tracing: Active
    Environment:
      Variables:
        STAGE: prod
Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/orders
      MemorySize: !Ref Memory
      Environment:
        Variables:
          TABLE: !Ref OrdersTable
          QUEUE_URL: plain
      Policies:
        - SQSPollerPolicy:
            QueueName: !GetAtt OrdersQueue.QueueName
        - AWSLambdaBasicExecutionRole
        - Statement:
            - Effect: Allow
              Action: dynamodb:PutItem
              Resource: '*'
      DeadLetterQueue:
        Type: SQS
        TargetArn:
          Fn::GetAtt: [FailedQueue, Arn]
      Events:
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt OrdersQueue.Arn
            BatchSize: 5
        Get:
          Type: Api
          Properties:
            Path: /orders
            Method: get
        Topic:
          Type: SNS
          Properties:
            Topic: !Sub '\${OrderTopic}'
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(0 3 * * ? *)
        Logs:
          Type: CloudWatchLogs
          Properties:
            LogGroupName: x
            FilterPattern: ''
  StreamFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      InlineCode: "exports.handler = async () => 1;"
      Events:
        Changes:
          Type: DynamoDB
          Properties:
            Stream:
              Fn::Sub: \${OrdersTable.StreamArn}
            StartingPosition: LATEST
            DestinationConfig:
              OnFailure:
                Destination: !Sub
                  - '\${Q}'
                  - Q: !GetAtt FailedQueue.Arn
  OrdersQueue:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 60
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt FailedQueue.Arn
        maxReceiveCount: 4
  FailedQueue:
    Type: AWS::SQS::Queue
  OrderTopic:
    Type: AWS::SNS::Topic
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      KeySchema:
        - AttributeName: id
          KeyType: HASH
      StreamSpecification:
        StreamViewType: NEW_IMAGE
  Network:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
Outputs:
  Url:
    Value: !Sub 'https://\${ServerlessRestApi}.execute-api.\${AWS::Region}.amazonaws.com/Prod/'
`;

describe('samToScenario', () => {
  it('imports a hand-written template, resolving short and long intrinsics', () => {
    const result = samToScenario(handWritten, {
      'src/orders/app.mjs': 'export const handler = async () => ({});\n',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const s = result.scenario;
    expect(s.name).toBe('Orders service');
    const orders = s.nodes.find((n) => n.id === 'OrdersFunction');
    expect(orders).toMatchObject({
      kind: 'function',
      runtime: 'nodejs22.x',
      handler: 'app.handler',
      memoryMB: 512,
      timeoutSeconds: 10,
      files: { 'app.mjs': 'export const handler = async () => ({});\n' },
      environment: { STAGE: 'prod', QUEUE_URL: 'plain' },
    });
    expect(orders && 'permissions' in orders && orders.permissions).toEqual(
      expect.arrayContaining([
        'sqs:ReceiveMessage',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'dynamodb:PutItem',
      ]),
    );
    expect(s.nodes.find((n) => n.id === 'StreamFunction')).toMatchObject({
      files: { 'index.js': 'exports.handler = async () => 1;' },
    });
    expect(s.nodes.find((n) => n.id === 'ServerlessRestApi')).toMatchObject({
      kind: 'apiGateway',
      payloadVersion: '1.0',
    });
    expect(s.nodes.find((n) => n.id === 'Nightly')).toMatchObject({
      kind: 'eventBridgeRule',
      schedule: 'cron(0 3 * * ? *)',
    });
    expect(s.nodes.find((n) => n.id === 'OrdersTable')).toMatchObject({
      name: 'orders',
      partitionKey: 'id',
      stream: 'NEW_IMAGE',
    });
    const edges = s.edges
      .map((e) => `${e.kind} ${e.from}->${e.to}${e.config ? ` ${JSON.stringify(e.config)}` : ''}`)
      .sort();
    expect(edges).toEqual(
      [
        'deadLetter OrdersFunction->FailedQueue',
        'eventSourceMapping OrdersQueue->OrdersFunction {"batchSize":5}',
        'eventSourceMapping OrdersTable->StreamFunction {"startingPosition":"LATEST"}',
        'invoke ServerlessRestApi->OrdersFunction',
        'notify Nightly->OrdersFunction',
        'notify OrderTopic->OrdersFunction',
        'onFailure OrdersTable->FailedQueue',
        'redrive OrdersQueue->FailedQueue {"maxReceiveCount":4}',
      ].sort(),
    );
  });

  it('lists everything it did not understand, by path', () => {
    const result = samToScenario(handWritten, {
      'src/orders/app.mjs': 'export const handler = async () => ({});\n',
    });
    expect(result.notUnderstood).toEqual(
      expect.arrayContaining([
        'Outputs: section not simulated; ignored',
        'Resources.OrdersFunction.Properties.Tracing: not simulated; dropped',
        'Resources.OrdersFunction.Properties.Environment.Variables.TABLE: computed value (Ref) cannot be evaluated here',
        'Resources.OrdersFunction.Properties.Events.Logs: event type CloudWatchLogs is not simulated; dropped',
        'Resources.Network: AWS::EC2::VPC is not simulated; dropped',
      ]),
    );
  });

  it('stands in a placeholder when the code files are not provided, and says so', () => {
    const result = samToScenario(handWritten);
    expect(result.ok).toBe(true);
    expect(result.notUnderstood).toContain(
      'Resources.OrdersFunction.Properties.CodeUri: no files under "src/orders" were provided; a placeholder handler stands in',
    );
    if (result.ok) {
      const fn = result.scenario.nodes.find((n) => n.id === 'OrdersFunction');
      expect(fn && 'files' in fn && Object.keys(fn.files)).toEqual(['app.mjs']);
    }
  });

  it('reports YAML syntax errors and templates without Resources', () => {
    expect(samToScenario('Resources:\n  A: [1, 2\n')).toMatchObject({
      ok: false,
      errors: [{ path: '(yaml)' }],
    });
    expect(samToScenario('Transform: x\n')).toMatchObject({ ok: false, errors: [{ path: 'Resources' }] });
    expect(samToScenario('- 1\n- 2\n')).toMatchObject({ ok: false, errors: [{ path: '(template)' }] });
    expect(samToScenario('a: !Ref\n')).toMatchObject({ ok: false });
  });

  it('notes unknown tags instead of failing', () => {
    const result = samToScenario(
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Whatever x\n',
    );
    expect(result.ok).toBe(true);
    expect(result.notUnderstood.some((n) => n.startsWith('(yaml):') && n.includes('!Whatever'))).toBe(true);
  });

  it('reports invalid imported settings at their scenario path', () => {
    const result = samToScenario(
      'Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n      InlineCode: x\n      MemorySize: 64\n',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'nodes[0].memoryMB', message: 'must be between 128 and 10240' }],
    });
  });

  it('reads JSON templates too', () => {
    const json = JSON.stringify({
      Resources: { T: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'alerts' } } },
    });
    expect(samToScenario(json)).toMatchObject({
      ok: true,
      scenario: { nodes: [{ id: 'T', kind: 'snsTopic', name: 'alerts' }] },
    });
  });
});

describe('samToScenario: plain CloudFormation', () => {
  const cfn = `
Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: worker
      Runtime: nodejs22.x
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/worker
      Code:
        ZipFile: |
          exports.handler = async () => 'ok';
      DeadLetterConfig:
        TargetArn: !GetAtt Dlq.Arn
  WorkerMapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      FunctionName: !Ref Worker
      EventSourceArn: !GetAtt Jobs.Arn
      BatchSize: 5
      FunctionResponseTypes: [ReportBatchItemFailures]
  WorkerUrl:
    Type: AWS::Lambda::Url
    Properties:
      TargetFunctionArn: !GetAtt Worker.Arn
      AuthType: AWS_IAM
  WorkerAsync:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Worker
      Qualifier: $LATEST
      MaximumRetryAttempts: 0
      DestinationConfig:
        OnFailure:
          Destination: !GetAtt Dlq.Arn
  Jobs:
    Type: AWS::SQS::Queue
  Dlq:
    Type: AWS::SQS::Queue
  Users:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey: { Name: userId, Type: String }
`;

  it('reads Code.ZipFile, DeadLetterConfig and the separate mapping, URL and invoke-config resources', () => {
    const result = samToScenario(cfn);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const s = result.scenario;
    expect(s.nodes.find((n) => n.id === 'Worker')).toMatchObject({
      kind: 'function',
      name: 'worker',
      files: { 'index.js': "exports.handler = async () => 'ok';\n" },
      url: { authType: 'AWS_IAM' },
      async: { maximumRetryAttempts: 0 },
    });
    expect(s.nodes.find((n) => n.id === 'Users')).toMatchObject({
      kind: 'dynamodbTable',
      partitionKey: 'userId',
    });
    const edges = s.edges
      .map((e) => `${e.kind} ${e.from}->${e.to}${e.config ? ` ${JSON.stringify(e.config)}` : ''}`)
      .sort();
    expect(edges).toEqual([
      'deadLetter Worker->Dlq',
      'eventSourceMapping Jobs->Worker {"batchSize":5,"functionResponseTypes":["ReportBatchItemFailures"]}',
      'onFailure Worker->Dlq',
    ]);
    expect(result.notUnderstood).toEqual(['Resources.Worker.Properties.Role: not simulated; dropped']);
  });
});
